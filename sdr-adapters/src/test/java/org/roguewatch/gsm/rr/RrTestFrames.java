package org.roguewatch.gsm.rr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.testing.SharedCaptures;

/**
 * Test data of this package: the crafted 23-octet blocks ({@code *-frames.txt}), the tshark
 * fixtures written by {@code src/test/tshark/si2quater/make-fixtures.sh} ({@code *-tshark.tsv}),
 * and the real Vodafone frames of the shared capture.
 */
final class RrTestFrames {
    /** Octets before the rest octets: L2 pseudo length, protocol discriminator, message type. */
    static final int REST_OCTETS_OFFSET = 3;

    private RrTestFrames() {
    }

    /** name -> 23-octet block, in file order. */
    static Map<String, byte[]> frames(String resource) {
        Map<String, byte[]> frames = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.trim().split("\\s+");
            frames.put(parts[0], HexFormat.of().parseHex(parts[1]));
        }
        return frames;
    }

    /** The rest octets of a block, as a buffer positioned on them (the block's head stays before). */
    static ByteBuffer restOctets(byte[] block) {
        return ByteBuffer.wrap(block).position(REST_OCTETS_OFFSET);
    }

    /** key (first column) -> row of a tshark fixture. */
    static Map<String, TsharkRow> tshark(String resource) {
        List<String> lines = lines(resource);
        String[] header = lines.get(0).split("\t", -1);
        Map<String, TsharkRow> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 1; i < header.length; i++) {
                values.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.put(cells[0], new TsharkRow(cells[0], values));
        }
        return rows;
    }

    /**
     * The real frames of the shared Vodafone capture (gr-gsm's text form of the same blocks) whose
     * RR message type is {@code messageType}: GSMTAP frame number -> 23-octet block.
     */
    static Map<String, byte[]> realFrames(int messageType) {
        Path text = SharedCaptures.require(SharedCaptures.GSM_VODAFONE_ARFCN725_TEXT);
        Map<String, byte[]> frames = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(text, StandardCharsets.US_ASCII)) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                byte[] block = HexFormat.of().parseHex(line.substring(colon + 1).replace(" ", ""));
                if (block.length == 23 && block[1] == 0x06 && (block[2] & 0xff) == messageType) {
                    frames.put(line.substring(0, line.indexOf(' ')), block);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return frames;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = RrTestFrames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One frame as tshark dissected it; multi-valued fields were joined with ','. */
    record TsharkRow(String key, Map<String, String> values) {
        String text(String field) {
            String value = values.get(field);
            if (value == null) {
                throw new IllegalArgumentException("fixture has no column " + field);
            }
            return value;
        }

        /** The field's values in dissection order; empty when tshark did not show it. */
        List<Integer> ints(String field) {
            String value = text(field);
            List<Integer> out = new ArrayList<>();
            if (!value.isEmpty()) {
                Arrays.stream(value.split(",")).map(v -> v.equals("True") ? "1" : v.equals("False") ? "0" : v)
                        .forEach(v -> out.add(Integer.decode(v)));
            }
            return out;
        }

        /** The field's single value, or {@code null} when absent. */
        Integer integer(String field) {
            List<Integer> values = ints(field);
            if (values.size() > 1) {
                throw new IllegalStateException(field + " has several values " + values + " in " + key);
            }
            return values.isEmpty() ? null : values.get(0);
        }

        Boolean bool(String field) {
            Integer value = integer(field);
            return value == null ? null : value != 0;
        }
    }
}
