package org.roguewatch.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Users must be able to check us: every piece of evidence that names a frame and a tshark field
 * must, in tshark's decode of that same frame, show that field with that value. The corpus fires
 * every detector that points at frames; tshark's decode is the recorded fixture.
 */
class DetectionEvidenceTsharkTest {
    /** Evidence fields that are descriptions rather than tshark fields. */
    private static final Set<String> NOT_TSHARK_FIELDS = Set.of("frame.time");

    private record Shown(String show, String showname) {
    }

    private static Map<String, List<Shown>> tshark(String fixture) throws IOException {
        Map<String, List<Shown>> shown = new HashMap<>();
        DigitStrings digits = new DigitStrings();
        try (InputStream in = DetectionEvidenceTsharkTest.class.getResourceAsStream("/tshark/" + fixture)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                shown.computeIfAbsent(cells[0] + "/" + cells[1], k -> new ArrayList<>()).add(new Shown(cells[2], cells[3]));
                digits.accept(cells[0], cells[1], cells[2], shown);
            }
        }
        return shown;
    }

    /**
     * LTE RRC digit strings: tshark shows lte-rrc.mcc, lte-rrc.mnc and lte-rrc.imsi as a count of
     * items, followed by one MCC_MNC_Digit or IMSI_Digit field per digit; this joins the digits into
     * the string a user reads, shown under the parent field.
     */
    private static final class DigitStrings {
        private static final Set<String> PARENTS = Set.of("lte-rrc.mcc", "lte-rrc.mnc", "lte-rrc.imsi");
        private static final Set<String> DIGITS = Set.of("lte-rrc.MCC_MNC_Digit", "lte-rrc.IMSI_Digit");
        private String parent;
        private int remaining;
        private final StringBuilder collected = new StringBuilder();

        void accept(String frame, String field, String show, Map<String, List<Shown>> shown) {
            if (PARENTS.contains(field)) {
                parent = field;
                remaining = Integer.parseInt(show);
                collected.setLength(0);
            } else if (DIGITS.contains(field) && remaining > 0) {
                collected.append(show);
                if (--remaining == 0) {
                    shown.computeIfAbsent(frame + "/" + parent, k -> new ArrayList<>())
                            .add(new Shown(collected.toString(), "digits"));
                }
            }
        }
    }

    @Test
    void everyGsmFrameEvidenceIsWhatTsharkShowsInThatFrame() throws IOException {
        Set<String> signatures = checkEvidence(DetectionCorpus.scenario(), DetectionCorpus.SOURCE,
                "detection-corpus.tsv", 20);
        assertTrue(signatures.containsAll(List.of("CELL-NOT-IN-PLAN", "CELL-PLAN-MISMATCH", "FOREIGN-OR-TEST-PLMN",
                "PHYSICAL-ID-CLASH", "LONESOME-AREA", "SIGNAL-ANOMALY", "GSM-EMPTY-NEIGHBOURS",
                "GSM-HIGH-RESELECT-OFFSET", "GSM-LOW-T3212", "GSM-NULL-CIPHER", "GSM-IDENTITY-REQUEST", "GSM-LU-REJECT",
                "GSM-SMS-BLAST", "GSM-SILENT-SMS", "GSM-EMPTY-PAGING")), signatures.toString());
    }

    @Test
    void everyLteFrameEvidenceIsWhatTsharkShowsInThatFrame() throws IOException {
        Set<String> signatures = checkEvidence(LteDetectionCorpus.scenario(), LteDetectionCorpus.SOURCE,
                "lte-detection-corpus.tsv", 10);
        assertTrue(signatures.containsAll(List.of("FOREIGN-OR-TEST-PLMN", "LTE-IMSI-REQUEST", "LTE-NULL-CIPHER",
                "LTE-2G-REDIRECT", "LTE-PRIORITY-DOWNGRADE", "LTE-INCOMPLETE-SIB", "LTE-REJECT-CAUSE",
                "LTE-PAGING-BY-IMSI")), signatures.toString());
    }

    /** Checks every frame-pointing evidence item of the scenario's findings; returns the signatures seen. */
    private static Set<String> checkEvidence(Scenario scenario, String source, String fixture, int atLeast)
            throws IOException {
        Map<String, List<Shown>> tshark = tshark(fixture);
        Set<String> signatures = new TreeSet<>();
        int checked = 0;
        for (CellAssessment assessment : scenario.assess()) {
            for (Finding finding : assessment.findings()) {
                signatures.add(finding.signature());
                for (Evidence evidence : finding.evidence()) {
                    if (evidence.frame() <= 0 || NOT_TSHARK_FIELDS.contains(evidence.field())) {
                        continue;
                    }
                    assertEquals(source, evidence.source());
                    List<Shown> values = tshark.get(evidence.frame() + "/" + evidence.field());
                    if (values == null) {
                        fail(finding.signature() + ": tshark shows no " + evidence.field() + " in frame " + evidence.frame());
                    }
                    assertTrue(values.stream().anyMatch(v -> matches(evidence.value(), v)), () -> finding.signature()
                            + ": frame " + evidence.frame() + " " + evidence.field() + " is " + values + " in tshark, we say "
                            + evidence.value());
                    checked++;
                }
            }
        }
        assertTrue(checked >= atLeast, "evidence items checked: " + checked);
        return signatures;
    }

    /** Our value against tshark's: numbers by value (tshark drops leading zeros, prints some in hex), lists from the showname. */
    private static boolean matches(Object ours, Shown tshark) {
        if (ours instanceof List<?> list) {
            String listed = tshark.showname().contains("=") ? tshark.showname().split("=", 2)[1].trim() : "";
            List<String> theirs = listed.isEmpty() ? List.of() : List.of(listed.split("\\s+"));
            return new TreeSet<>(theirs).equals(new TreeSet<>(list.stream().map(String::valueOf).toList()));
        }
        if (ours instanceof Boolean flag) {
            return tshark.show().equals(flag ? "1" : "0");
        }
        String text = String.valueOf(ours);
        if (text.equals(tshark.show()) || text.equals(enumeratedName(tshark.showname()))) {
            return true;
        }
        Long mine = number(text);
        Long theirs = number(tshark.show());
        return mine != null && mine.equals(theirs);
    }

    /** "redirectedCarrierInfo: geran (1)" gives "geran": tshark's name for an ASN.1 choice or enumerated value. */
    private static String enumeratedName(String showname) {
        int colon = showname.indexOf(": ");
        int bracket = showname.lastIndexOf(" (");
        return colon < 0 || bracket < colon ? null : showname.substring(colon + 2, bracket);
    }

    private static Long number(String text) {
        try {
            return text.startsWith("0x") ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
