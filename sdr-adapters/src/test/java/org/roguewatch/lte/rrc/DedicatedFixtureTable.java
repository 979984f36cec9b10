package org.roguewatch.lte.rrc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tab-separated tshark fixture of this package: a header row, then one row per frame, read by column name. */
final class DedicatedFixtureTable {
    private DedicatedFixtureTable() {
    }

    static List<Map<String, String>> read(String resource) throws IOException {
        try (InputStream in = DedicatedFixtureTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n");
            String[] header = lines[0].split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isEmpty()) {
                    continue;
                }
                String[] cells = lines[i].split("\t", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < header.length; c++) {
                    row.put(header[c], c < cells.length ? cells[c] : "");
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
