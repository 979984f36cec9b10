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

    private static Map<String, List<Shown>> tshark() throws IOException {
        Map<String, List<Shown>> shown = new HashMap<>();
        try (InputStream in = DetectionEvidenceTsharkTest.class.getResourceAsStream("/tshark/detection-corpus.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                shown.computeIfAbsent(cells[0] + "/" + cells[1], k -> new ArrayList<>()).add(new Shown(cells[2], cells[3]));
            }
        }
        return shown;
    }

    @Test
    void everyFrameEvidenceIsWhatTsharkShowsInThatFrame() throws IOException {
        Map<String, List<Shown>> tshark = tshark();
        Set<String> signatures = new TreeSet<>();
        int checked = 0;
        for (CellAssessment assessment : DetectionCorpus.scenario().assess()) {
            for (Finding finding : assessment.findings()) {
                signatures.add(finding.signature());
                for (Evidence evidence : finding.evidence()) {
                    if (evidence.frame() <= 0 || NOT_TSHARK_FIELDS.contains(evidence.field())) {
                        continue;
                    }
                    assertEquals(DetectionCorpus.SOURCE, evidence.source());
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
        assertTrue(checked >= 20, "evidence items checked: " + checked);
        assertTrue(signatures.containsAll(List.of("CELL-NOT-IN-PLAN", "CELL-PLAN-MISMATCH", "FOREIGN-OR-TEST-PLMN",
                "PHYSICAL-ID-CLASH", "LONESOME-AREA", "SIGNAL-ANOMALY", "GSM-EMPTY-NEIGHBOURS",
                "GSM-HIGH-RESELECT-OFFSET", "GSM-LOW-T3212", "GSM-NULL-CIPHER", "GSM-IDENTITY-REQUEST", "GSM-LU-REJECT",
                "GSM-SMS-BLAST", "GSM-SILENT-SMS", "GSM-EMPTY-PAGING")), signatures.toString());
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
        if (text.equals(tshark.show())) {
            return true;
        }
        Long mine = number(text);
        Long theirs = number(tshark.show());
        return mine != null && mine.equals(theirs);
    }

    private static Long number(String text) {
        try {
            return text.startsWith("0x") ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
