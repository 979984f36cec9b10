package org.roguewatch.gsm.rr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.roguewatch.decode.Decoded;

/**
 * Our decoder against tshark 4.0 on the windows of {@code freqlist-tshark.tsv}: sets our encoder
 * wrote in every format (edge cases included), random W fields, null W followed by junk, and
 * reserved format octets. See {@code src/test/tshark/freqlist/make-fixtures.sh}.
 */
class FrequencyListTsharkFixtureTest {
    private static final String FIXTURE = "freqlist-tshark.tsv";
    private static final List<String[]> ROWS = FrequencyListTsharkRows.rows(FIXTURE);

    @TestFactory
    Stream<DynamicTest> everyWindowDecodesToTsharksList() {
        return ROWS.stream().map(row -> DynamicTest.dynamicTest(
                "case " + row[0] + " " + row[1] + " " + row[4], () -> assertMatchesTshark(row)));
    }

    @Test
    void fixtureCoversEveryFormatAndMessage() {
        Set<FrequencyListFormat> formats = EnumSet.noneOf(FrequencyListFormat.class);
        Set<String> messages = new HashSet<>();
        int reserved = 0;
        int randomWindows = 0;
        for (String[] row : ROWS) {
            messages.add(row[1]);
            if (row[5].equals("-")) {
                reserved++;
            } else {
                formats.add(FrequencyListTsharkRows.format(row[4], true));
            }
            if (row[3].equals("?")) {
                randomWindows++;
            }
        }
        assertEquals(EnumSet.allOf(FrequencyListFormat.class), formats);
        assertEquals(Set.of("SI1", "SI2", "SI2ter"), messages);
        assertTrue(ROWS.size() >= 300, "a few hundred cases, not " + ROWS.size());
        assertTrue(reserved >= 3, "reserved-format windows");
        assertTrue(randomWindows >= 60, "windows not made by our encoder");
    }

    private static void assertMatchesTshark(String[] row) {
        byte[] window = HexFormat.of().parseHex(row[2]);
        String tsharkList = row[5];
        Decoded<FrequencyList> decoded = row[1].equals("SI2ter")
                ? FrequencyListCodec.tryDecodeNeighbourCellDescription2(ByteBuffer.wrap(window))
                : FrequencyListCodec.tryDecode(ByteBuffer.wrap(window));
        if (tsharkList.equals("-")) {
            // tshark names no format for bits 8,7 = 01 or 11 and lists nothing
            Decoded.Malformed<?> malformed = assertInstanceOf(Decoded.Malformed.class, decoded);
            assertEquals("rr.freqlist.format-reserved", malformed.reason());
            return;
        }
        FrequencyList list = decoded.valueOrNull();
        assertNotNull(list, () -> "tshark decoded it, we did not: " + decoded);
        assertEquals(FrequencyListTsharkRows.format(row[4], true), list.format(), "format");
        int[] tshark = FrequencyListTsharkRows.numbers(tsharkList);
        if (row[6].equals("complete")) {
            assertArrayEquals(FrequencyListTsharkRows.sorted(tshark), list.arfcns(), () -> "tshark listed " + tsharkList);
        } else {
            // tshark cut its label: what it shows must be the start of our list in its order
            int[] ours = FrequencyListTsharkRows.inTsharkOrder(list, window);
            assertTrue(ours.length > tshark.length, "tshark shows part of a longer list");
            assertArrayEquals(tshark, Arrays.copyOf(ours, tshark.length), () -> "tshark listed " + tsharkList);
        }
    }
}
