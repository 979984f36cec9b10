package org.roguewatch.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * tshark's decode of a capture, one row per frame, as written by
 * {@code sdr-adapters/src/test/tshark/gsm/extract.py}. Columns: frame, message, mcc, mnc, lac, ci,
 * arfcns, t3212, cro, cipher, identities, smsFrom, smsText.
 */
final class TsharkFixture {
    static final String[] COLUMNS = {"message", "mcc", "mnc", "lac", "ci", "arfcns", "t3212", "cro", "cipher",
        "identities",
        "smsFrom", "smsText"};

    private TsharkFixture() {
    }

    /** Frame number → column name → value (empty string when tshark showed nothing). */
    static Map<Long, Map<String, String>> load(String resource) {
        try (InputStream in = TsharkFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + resource);
            }
            Map<Long, Map<String, String>> rows = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < COLUMNS.length; i++) {
                    row.put(COLUMNS[i], i + 1 < cells.length ? cells[i + 1] : "");
                }
                rows.put(Long.parseLong(cells[0]), row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
