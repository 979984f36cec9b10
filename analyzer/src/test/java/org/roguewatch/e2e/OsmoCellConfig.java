package org.roguewatch.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One GSM cell as osmo-bsc should configure it, and the two configuration files (osmo-bsc and
 * osmo-bts-virtual) rendered from the templates beside this class.
 *
 * @param cellReselectOffsetDb CELL_RESELECT_OFFSET in dB (0..126, even), sent in the SI3/SI4 rest octets
 * @param penaltyTimeSeconds   PENALTY_TIME (20..620 s); anything below 640 s means the offset is added to C2
 * @param t3212Minutes         periodic location update timer (6..1530 minutes; SI3 carries it in deci-hours)
 * @param neighbourArfcns      the BA list of SI2 (osmo-bsc "neighbor-list mode manual"); empty for none
 */
record OsmoCellConfig(String mcc, String mnc, int lac, int ci, int arfcn, int bsic, int cellReselectOffsetDb,
                      int penaltyTimeSeconds, int t3212Minutes, List<Integer> neighbourArfcns) {
    static final String BSC_FILE = "osmo-bsc.cfg";
    static final String BTS_FILE = "osmo-bts-virtual.cfg";
    /** Where osmo-bts sends its GSMTAP copy; the probe listens there inside the namespace. */
    static final String GSMTAP_HOST = "127.0.0.1";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    OsmoCellConfig {
        neighbourArfcns = List.copyOf(neighbourArfcns);
    }

    /**
     * Shaped like an IMSI catcher (SIGNATURES.md): a 126 dB reselection offset added to C2, T3212 of
     * 6 minutes, no neighbours, and a LAC the operator's plan does not have, under the operator's PLMN.
     */
    static OsmoCellConfig hostile(String mcc, String mnc, int lac, int ci, int arfcn) {
        return new OsmoCellConfig(mcc, mnc, lac, ci, arfcn, 63, 126, 20, 6, List.of());
    }

    /** A planned cell with ordinary parameters: 4 dB offset, T3212 of 60 minutes, its planned neighbours. */
    static OsmoCellConfig benign(String mcc, String mnc, int lac, int ci, int arfcn, int bsic, List<Integer> neighbours) {
        return new OsmoCellConfig(mcc, mnc, lac, ci, arfcn, bsic, 4, 20, 60, neighbours);
    }

    /** T3212 as SI3 carries it, in deci-hours (TS 44.018 10.5.2.11). */
    int t3212DeciHours() {
        return t3212Minutes / 6;
    }

    /** Writes both configuration files into {@code directory}. */
    void writeTo(Path directory) throws IOException {
        Files.writeString(directory.resolve(BSC_FILE), bscConfig(), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(BTS_FILE), btsConfig(), StandardCharsets.UTF_8);
    }

    String bscConfig() {
        StringBuilder neighbours = new StringBuilder();
        for (int neighbour : neighbourArfcns) {
            neighbours.append("  neighbor-list add arfcn ").append(neighbour).append('\n');
        }
        return render(BSC_FILE + ".template", Map.of("MCC", mcc, "MNC", mnc, "T3212_MINUTES", t3212Minutes,
                "CI", ci, "LAC", lac, "BSIC", bsic, "CRO_DB", cellReselectOffsetDb, "PENALTY_TIME_S", penaltyTimeSeconds,
                "NEIGHBOUR_LINES", neighbours, "ARFCN", arfcn));
    }

    String btsConfig() {
        return render(BTS_FILE + ".template", Map.of("GSMTAP_HOST", GSMTAP_HOST));
    }

    /** Fills every placeholder; one without a value is a programming error, never left for osmo-bsc to trip on. */
    static String render(String resource, Map<String, Object> values) {
        String template;
        try (InputStream in = OsmoCellConfig.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("template " + resource + " is not on the test class path");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException(resource + ": no value for placeholder " + matcher.group());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value.toString()));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
