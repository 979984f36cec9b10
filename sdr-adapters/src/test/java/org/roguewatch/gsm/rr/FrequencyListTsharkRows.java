package org.roguewatch.gsm.rr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads the tab-separated fixtures written by {@code src/test/tshark/freqlist/make-fixtures.sh}
 * and maps tshark's wording to ours.
 */
final class FrequencyListTsharkRows {
    /** tshark's "Format Identifier" text for each format it names. */
    private static final Map<String, FrequencyListFormat> FORMAT_NAMES = Map.of(
            "bit map 0", FrequencyListFormat.BIT_MAP_0,
            "1024 range", FrequencyListFormat.RANGE_1024,
            "512 range", FrequencyListFormat.RANGE_512,
            "256 range", FrequencyListFormat.RANGE_256,
            "128 range", FrequencyListFormat.RANGE_128,
            "variable bit map", FrequencyListFormat.VARIABLE_BIT_MAP);

    private FrequencyListTsharkRows() {
    }

    /** The non-comment rows of a fixture, split on tabs. */
    static List<String[]> rows(String resource) {
        try (InputStream in = FrequencyListTsharkRows.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * tshark's label for the format. It labels octet 1 masked with the format bits of table
     * 10.5.2.13.1, so a bit map 0 whose ARFCN 124..122 bits are set shows as "Unknown" although
     * tshark decodes it as bit map 0: that is the one case where "Unknown" comes with a list.
     */
    static FrequencyListFormat format(String tsharkName, boolean listed) {
        FrequencyListFormat format = FORMAT_NAMES.get(tsharkName);
        if (format == null && listed && tsharkName.equals("Unknown")) {
            return FrequencyListFormat.BIT_MAP_0;
        }
        if (format == null) {
            throw new IllegalArgumentException("tshark format name " + tsharkName);
        }
        return format;
    }

    /** The numbers of a tshark "List of ARFCNs" in tshark's order ("empty" = none). */
    static int[] numbers(String tsharkList) {
        if (tsharkList.equals("empty")) {
            return new int[0];
        }
        return Arrays.stream(tsharkList.trim().split(" +")).mapToInt(Integer::parseInt).toArray();
    }

    /**
     * Our list in the order tshark prints it: bit map 0 from ARFCN 124 down, variable bit map from
     * ORIG-ARFCN up around the circle, range formats from ARFCN 0 up.
     */
    static int[] inTsharkOrder(FrequencyList list, byte[] window) {
        int[] arfcns = list.arfcns();
        return switch (list.format()) {
            case BIT_MAP_0 -> Arrays.stream(arfcns).map(a -> -a).sorted().map(a -> -a).toArray();
            case VARIABLE_BIT_MAP -> {
                int origin = (window[0] & 1) << 9 | (window[1] & 0xff) << 1 | (window[2] & 0xff) >>> 7;
                yield Arrays.stream(arfcns).map(a -> Math.floorMod(a - origin, 1024)).sorted()
                        .map(a -> (a + origin) % 1024).toArray();
            }
            default -> arfcns;
        };
    }

    static int[] sorted(int[] numbers) {
        int[] copy = numbers.clone();
        Arrays.sort(copy);
        return copy;
    }
}
