package org.roguewatch.gsm.rr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;
import org.roguewatch.decode.Octets;

/** Bad bytes give a reason key and an offset, never an exception out of tryDecode. */
class FrequencyListMalformedTest {
    private static final int WINDOW = 16;

    @Test
    void emptyWindowIsTruncatedAtOffsetZero() {
        assertMalformed("", "rr.freqlist.truncated", 0);
    }

    @Test
    void windowsTooShortForTheirFormatsFixedFieldsAreTruncated() {
        // the offset is the octet where the field that does not fit starts
        assertMalformed("00" + "00".repeat(14), "rr.freqlist.truncated", 15); // bit map 0 is 16 octets
        assertMalformed("80", "rr.freqlist.truncated", 0);                    // range 1024: W(1) = bits 2,1 + octet 2
        assertMalformed("8800", "rr.freqlist.truncated", 0);                  // range 512: ORIG-ARFCN ends in octet 3
        assertMalformed("880000", "rr.freqlist.truncated", 2);                // range 512: W(1) ends in octet 4
        assertMalformed("8a0000", "rr.freqlist.truncated", 2);                // range 256: W(1) ends in octet 4
        assertMalformed("8c00", "rr.freqlist.truncated", 0);                  // range 128: ORIG-ARFCN
        assertMalformed("8e00", "rr.freqlist.truncated", 0);                  // variable bit map: ORIG-ARFCN
    }

    @Test
    void shortestWindowOfEachFormatDecodes() {
        assertArrayEquals(new int[] {0}, decode("8400").arfcns());
        assertArrayEquals(new int[] {1023}, decode("8dff80").arfcns());
        assertArrayEquals(new int[] {1023}, decode("8fff80").arfcns());
        assertArrayEquals(new int[] {510, 1023}, decode("89ffffc0").arfcns()); // ORIG 1023, W(1) 511: 1534 mod 1024
    }

    @Test
    void cuttingAWindowShortNeverInventsArfcns() {
        Random random = new Random(5);
        for (int i = 0; i < 500; i++) {
            FrequencyListFormat format = FrequencyListFormat.values()[1 + i % 5];
            int[] set = i % 2 == 0 ? new int[] {1000, 1003, 1010, 1023, 2, 7} : new int[] {random.nextInt(1024)};
            byte[] full = FrequencyListCodec.encode(format, set, WINDOW);
            FrequencyList whole = decode(HexFormat.of().formatHex(full));
            for (int length = 0; length < WINDOW; length++) {
                Decoded<FrequencyList> cut = FrequencyListCodec.tryDecode(ByteBuffer.wrap(Arrays.copyOf(full, length)));
                if (cut instanceof Decoded.Malformed<FrequencyList> malformed) {
                    assertEquals("rr.freqlist.truncated", malformed.reason());
                } else {
                    // a shorter 10.5.2.13 carries fewer W fields or RRFCN bits: a subset
                    for (int arfcn : cut.valueOrNull().arfcns()) {
                        assertTrue(whole.contains(arfcn), format + " cut to " + length + " invented " + arfcn);
                    }
                }
            }
        }
    }

    @Test
    void formatBits01And11AreReservedInEveryIeButNeighbourCellDescription2() {
        for (int first = 0; first < 256; first++) {
            if ((first & 0x40) == 0) {
                continue;
            }
            byte[] window = new byte[WINDOW];
            window[0] = (byte) first;
            Decoded<FrequencyList> decoded = FrequencyListCodec.tryDecode(ByteBuffer.wrap(window));
            Decoded.Malformed<?> malformed = assertInstanceOf(Decoded.Malformed.class, decoded);
            assertEquals("rr.freqlist.format-reserved", malformed.reason());
            assertEquals(0, malformed.offset());
            // in 10.5.2.22a bit 7 is Multiband Reporting, so the same octet names a real format
            assertNotNull(FrequencyListCodec.tryDecodeNeighbourCellDescription2(ByteBuffer.wrap(window)).valueOrNull());
        }
    }

    @Test
    void multibandReportingBitDoesNotChangeTheNeighbourCellDescription2List() {
        byte[] window = FrequencyListCodec.encode(FrequencyListFormat.RANGE_128, new int[] {20, 30, 40}, WINDOW);
        FrequencyList plain = FrequencyListCodec.tryDecodeNeighbourCellDescription2(ByteBuffer.wrap(window)).valueOrNull();
        window[0] |= (byte) 0x70;
        assertEquals(plain, FrequencyListCodec.tryDecodeNeighbourCellDescription2(ByteBuffer.wrap(window)).valueOrNull());
        assertArrayEquals(new int[] {20, 30, 40}, plain.arfcns());
    }

    @Test
    void bitMap0LongerThanSixteenOctetsIsReported() {
        assertMalformed("00".repeat(17), "rr.freqlist.bitmap0-length", 16);
    }

    @Test
    void wFieldsAtTheirMaximumStillNameDistinctArfcnsInsideTheRange() {
        // Each W(k) field is exactly as wide as its Annex J sub-range (W(1) of range 1024: 10 bits
        // for 1..1023, W(2..3): 9 bits for 1..511, ...), so no value can point outside it.
        int[] expectedCounts = {17, 18, 22, 29}; // F0 + 16 W; ORIG + 17, 21, 28 W
        String[] firstOctets = {"87", "89", "8b", "8d"};
        for (int i = 0; i < firstOctets.length; i++) {
            FrequencyList list = decode(firstOctets[i] + "ff".repeat(15));
            assertEquals(expectedCounts[i], list.size(), list.toString());
        }
    }

    @Test
    void nullWEndsTheListAndLaterFieldsAreIgnored() {
        // range 1024, F0 = 0: W(1) = 5 (bits 7..16), W(2) = 0 (bits 17..25), W(3) = 7 (bits 26..34)
        byte[] window = new byte[WINDOW];
        window[0] = (byte) 0x80;
        window[1] = 5;
        window[3] = 0x01;
        window[4] = (byte) 0xC0;
        assertArrayEquals(new int[] {5}, decode(HexFormat.of().formatHex(window)).arfcns(), "tshark ignores W(3) too");
        // the same window with W(2) = 1: now W(3) counts, so it was not null before
        window[2] = 0x00;
        window[3] |= (byte) 0x80;
        assertEquals(3, decode(HexFormat.of().formatHex(window)).size());
    }

    @Test
    void tenThousandRandomWindowsOnlyEverFailWithDecodeException() {
        Random random = new Random(44018L);
        int ok = 0;
        for (int i = 0; i < 10_000; i++) {
            byte[] window = new byte[WINDOW];
            random.nextBytes(window);
            ok += decodeNeverThrowsOtherwise(window) ? 1 : 0;
        }
        assertTrue(ok > 2_000, "random windows in a real format decode (" + ok + ")");
    }

    @Test
    void randomWindowsOfRandomLengthOnlyEverFailWithDecodeException() {
        Random random = new Random(1018L);
        for (int i = 0; i < 10_000; i++) {
            byte[] window = new byte[random.nextInt(300)];
            random.nextBytes(window);
            decodeNeverThrowsOtherwise(window);
        }
    }

    /** @return whether decode() accepted the window */
    private static boolean decodeNeverThrowsOtherwise(byte[] window) {
        boolean accepted;
        try {
            FrequencyList list = FrequencyListCodec.decode(Octets.of(window, "rr.freqlist"));
            assertNotNull(list);
            accepted = true;
        } catch (DecodeException e) {
            assertTrue(e.reason().startsWith("rr.freqlist."), e.reason());
            assertTrue(e.offset() >= 0 && e.offset() <= window.length, "offset " + e.offset());
            accepted = false;
        } catch (RuntimeException e) {
            fail("decode threw " + e + " for " + HexFormat.of().formatHex(window));
            return false;
        }
        try {
            Decoded<FrequencyList> tried = FrequencyListCodec.tryDecode(ByteBuffer.wrap(window));
            assertEquals(accepted, tried instanceof Decoded.Ok);
            Decoded<FrequencyList> ncd2 = FrequencyListCodec.tryDecodeNeighbourCellDescription2(ByteBuffer.wrap(window));
            assertNotNull(ncd2);
        } catch (RuntimeException e) {
            fail("tryDecode threw " + e + " for " + HexFormat.of().formatHex(window));
        }
        return accepted;
    }

    private static FrequencyList decode(String hex) {
        return FrequencyListCodec.decode(Octets.of(HexFormat.of().parseHex(hex), "rr.freqlist"));
    }

    private static void assertMalformed(String hex, String reason, int offset) {
        Decoded<FrequencyList> decoded = FrequencyListCodec.tryDecode(ByteBuffer.wrap(HexFormat.of().parseHex(hex)));
        Decoded.Malformed<?> malformed = assertInstanceOf(Decoded.Malformed.class, decoded, hex);
        assertEquals(reason, malformed.reason(), hex);
        assertEquals(offset, malformed.offset(), hex);
    }
}
