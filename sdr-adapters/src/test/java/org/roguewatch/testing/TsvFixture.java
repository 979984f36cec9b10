package org.roguewatch.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tab-separated fixtures the tshark scripts write, read as rows keyed by their header. */
public final class TsvFixture {
    private TsvFixture() {
    }

    /** A test resource's lines, looked up beside {@code anchor}. */
    public static List<String> lines(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each row as header name → cell; a short row's missing cells are empty. */
    public static List<Map<String, String>> table(String headerLine, List<String> rowLines) {
        String[] header = headerLine.split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : rowLines) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** A fixture whose first line is its header behind a '#'. */
    public static List<Map<String, String>> withCommentedHeader(Class<?> anchor, String resource) {
        List<String> lines = lines(anchor, resource);
        return table(lines.get(0).substring(1), lines.subList(1, lines.size()));
    }
}
