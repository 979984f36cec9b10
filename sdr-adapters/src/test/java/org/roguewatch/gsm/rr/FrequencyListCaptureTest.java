package org.roguewatch.gsm.rr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.Octets;
import org.roguewatch.testing.SharedCaptures;

/**
 * The frequency lists of a real cell (Vodafone DE, ARFCN 725, recorded by gr-gsm) decode to what
 * tshark reads in the same frames ({@code vodafone-arfcn725-tshark.tsv}).
 */
class FrequencyListCaptureTest {
    private static final int SI1 = 0x19;
    private static final int SI2 = 0x1a;
    private static final int SI2TER = 0x03;
    /** L2 pseudo length, protocol discriminator, message type: the IE starts at octet 3. */
    private static final int IE_OFFSET = 3;
    private static final int IE_LENGTH = 16;

    @Test
    void systemInformationListsOfTheVodafoneCellMatchTshark() throws IOException {
        Map<Long, String[]> tshark = new HashMap<>();
        for (String[] row : FrequencyListTsharkRows.rows("vodafone-arfcn725-tshark.tsv")) {
            tshark.put(Long.parseLong(row[1]), row);
        }
        Map<String, FrequencyList> seen = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (String line : Files.readAllLines(SharedCaptures.require(SharedCaptures.GSM_VODAFONE_ARFCN725_TEXT),
                StandardCharsets.US_ASCII)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(":", 2);
            long frameNumber = Long.parseLong(parts[0].trim().split(" +")[0]);
            byte[] block = hexOctets(parts[1]);
            int messageType = block[2] & 0xff;
            if (messageType != SI1 && messageType != SI2 && messageType != SI2TER) {
                continue;
            }
            Octets message = Octets.of(block, "rr.freqlist");
            message.skip(IE_OFFSET, "header");
            Octets ie = message.window(IE_LENGTH, "frequency list");
            FrequencyList list = messageType == SI2TER
                    ? FrequencyListCodec.decodeNeighbourCellDescription2(ie)
                    : FrequencyListCodec.decode(ie);
            String[] expected = tshark.get(frameNumber);
            assertNotNull(expected, "tshark fixture has frame number " + frameNumber);
            assertEquals(expected[2], name(messageType), "message at frame number " + frameNumber);
            assertEquals(FrequencyListTsharkRows.format(expected[3], true), list.format(), "format at " + frameNumber);
            assertArrayEquals(FrequencyListTsharkRows.sorted(FrequencyListTsharkRows.numbers(expected[4])), list.arfcns(),
                    "ARFCNs at frame number " + frameNumber);
            seen.put(name(messageType), list);
            counts.merge(name(messageType), 1, Integer::sum);
        }
        assertEquals(Map.of("SI1", 8, "SI2", 9, "SI2ter", 8), counts, "System Information frames in the capture");
        // what the fixture says, spelled out so a reader sees the cell's lists
        assertArrayEquals(new int[] {725}, seen.get("SI1").arfcns());
        assertArrayEquals(new int[] {730, 733, 734, 741, 746}, seen.get("SI2").arfcns());
        assertArrayEquals(new int[] {4, 6, 8, 10, 12, 53, 61, 63, 65, 67, 69, 75}, seen.get("SI2ter").arfcns());
    }

    private static String name(int messageType) {
        return switch (messageType) {
            case SI1 -> "SI1";
            case SI2 -> "SI2";
            default -> "SI2ter";
        };
    }

    private static byte[] hexOctets(String text) {
        String[] octets = text.trim().split(" +");
        byte[] out = new byte[octets.length];
        for (int i = 0; i < octets.length; i++) {
            out[i] = (byte) Integer.parseInt(octets[i], 16);
        }
        return out;
    }
}
