package org.roguewatch.gsm.rr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.roguewatch.decode.Octets;

/** Our encoder and decoder are inverses, and the encoder refuses exactly what a format cannot hold. */
class FrequencyListRoundTripTest {
    private static final int WINDOW = 16;

    @ParameterizedTest
    @EnumSource(FrequencyListFormat.class)
    void seededRandomSetsSurviveEncodeThenDecode(FrequencyListFormat format) {
        Random random = new Random(44018L + format.ordinal());
        int encoded = 0;
        for (int i = 0; i < 3000; i++) {
            int length = i % 3 == 0 && format != FrequencyListFormat.BIT_MAP_0 ? 3 + random.nextInt(60) : WINDOW;
            int[] set = randomSetFor(format, random);
            byte[] window;
            try {
                window = FrequencyListCodec.encode(format, set, length);
            } catch (IllegalArgumentException tooMany) {
                continue;
            }
            encoded++;
            FrequencyList decoded = decode(window);
            assertEquals(format, decoded.format());
            assertArrayEquals(sorted(set), decoded.arfcns(), () -> format + " " + Arrays.toString(set));
        }
        assertTrue(encoded > 1500, "most random sets fit, " + encoded + " did");
    }

    @Test
    void rangeFormatsHoldTheirSixteenOctetMaximumAndNoMore() {
        assertRoundTripsUpTo(FrequencyListFormat.RANGE_1024, IntStream.rangeClosed(0, 16).toArray());
        assertRoundTripsUpTo(FrequencyListFormat.RANGE_1024, IntStream.rangeClosed(1000, 1015).toArray());
        assertRoundTripsUpTo(FrequencyListFormat.RANGE_512, IntStream.range(0, 18).map(i -> (1020 + 29 * i) % 1024).toArray());
        assertRoundTripsUpTo(FrequencyListFormat.RANGE_256, IntStream.range(0, 22).map(i -> (1014 + 12 * i) % 1024).toArray());
        assertRoundTripsUpTo(FrequencyListFormat.RANGE_128, IntStream.range(0, 29).map(i -> (1010 + 4 * i) % 1024).toArray());
    }

    @Test
    void rangeFormatsReachExactlyTheirSpanAboveOrigin() {
        for (FrequencyListFormat format : new FrequencyListFormat[] {FrequencyListFormat.RANGE_512,
                FrequencyListFormat.RANGE_256, FrequencyListFormat.RANGE_128}) {
            int span = format.annexJRange() - 1;
            int[] widest = {1000, (1000 + span) % 1024};
            assertArrayEquals(sorted(widest), decode(FrequencyListCodec.encode(format, widest, WINDOW)).arfcns());
            int[] tooWide = {1000, (1000 + span + 1) % 1024};
            assertThrows(IllegalArgumentException.class, () -> FrequencyListCodec.encode(format, tooWide, WINDOW));
        }
    }

    @Test
    void originNearTheTopWrapsPast1023ToZero() {
        int[] set = {1020, 1023, 0, 5, 100};
        for (FrequencyListFormat format : new FrequencyListFormat[] {FrequencyListFormat.RANGE_512,
                FrequencyListFormat.RANGE_256, FrequencyListFormat.RANGE_128, FrequencyListFormat.VARIABLE_BIT_MAP}) {
            byte[] window = FrequencyListCodec.encode(format, set, WINDOW);
            int origin = (window[0] & 1) << 9 | (window[1] & 0xff) << 1 | (window[2] & 0xff) >>> 7;
            assertEquals(1020, origin, format + " starts at the ARFCN after the widest gap");
            assertArrayEquals(new int[] {0, 5, 100, 1020, 1023}, decode(window).arfcns(), format.toString());
        }
    }

    @Test
    void variableBitMapReaches111ChannelsAboveOriginIn16Octets() {
        int[] all = IntStream.rangeClosed(0, 111).map(i -> (950 + i) % 1024).toArray();
        assertArrayEquals(sorted(all),
                decode(FrequencyListCodec.encode(FrequencyListFormat.VARIABLE_BIT_MAP, all, WINDOW)).arfcns());
        assertThrows(IllegalArgumentException.class,
                () -> FrequencyListCodec.encode(FrequencyListFormat.VARIABLE_BIT_MAP, new int[] {950, 950 + 112}, WINDOW));
    }

    @Test
    void longFrequencyListsUseTheNarrowerFieldsBeyondSixteenOctets() {
        // 10.5.2.13 is variable length: W(32..63) of range 128 are 2 bits, W(64..127) 1 bit, so all
        // 128 channels of a range fit in 17 + 7 + 2*6 + 4*5 + 8*4 + 16*3 + 32*2 + 64*1 = 264 bits
        int[] range128 = IntStream.range(0, 128).map(i -> (960 + i) % 1024).toArray();
        assertArrayEquals(sorted(range128),
                decode(FrequencyListCodec.encode(FrequencyListFormat.RANGE_128, range128, 33)).arfcns());
        assertThrows(IllegalArgumentException.class,
                () -> FrequencyListCodec.encode(FrequencyListFormat.RANGE_128, range128, 32));
        // every ARFCN: F0 plus W(1..1023), 6 + 2036 bits
        int[] everything = IntStream.range(0, 1024).toArray();
        assertArrayEquals(everything,
                decode(FrequencyListCodec.encode(FrequencyListFormat.RANGE_1024, everything, 256)).arfcns());
        assertThrows(IllegalArgumentException.class,
                () -> FrequencyListCodec.encode(FrequencyListFormat.RANGE_1024, everything, 255));
    }

    @Test
    void bitMap0CarriesOnlyArfcn1To124InSixteenOctets() {
        int[] all = IntStream.rangeClosed(1, 124).toArray();
        assertArrayEquals(all, decode(FrequencyListCodec.encode(FrequencyListFormat.BIT_MAP_0, all, WINDOW)).arfcns());
        assertThrows(IllegalArgumentException.class,
                () -> FrequencyListCodec.encode(FrequencyListFormat.BIT_MAP_0, new int[] {0}, WINDOW));
        assertThrows(IllegalArgumentException.class,
                () -> FrequencyListCodec.encode(FrequencyListFormat.BIT_MAP_0, new int[] {125}, WINDOW));
        assertThrows(IllegalArgumentException.class,
                () -> FrequencyListCodec.encode(FrequencyListFormat.BIT_MAP_0, new int[] {1}, 17));
    }

    @Test
    void emptySetNeedsAFormatWithoutOrigin() {
        assertArrayEquals(new int[0], decode(FrequencyListCodec.encode(FrequencyListFormat.BIT_MAP_0, new int[0], WINDOW)).arfcns());
        assertArrayEquals(new int[0], decode(FrequencyListCodec.encode(FrequencyListFormat.RANGE_1024, new int[0], 2)).arfcns());
        for (FrequencyListFormat withOrigin : new FrequencyListFormat[] {FrequencyListFormat.RANGE_512,
                FrequencyListFormat.RANGE_256, FrequencyListFormat.RANGE_128, FrequencyListFormat.VARIABLE_BIT_MAP}) {
            assertThrows(IllegalArgumentException.class, () -> FrequencyListCodec.encode(withOrigin, new int[0], WINDOW));
        }
    }

    @Test
    void arfcn0TravelsInTheF0BitOfRange1024() {
        byte[] window = FrequencyListCodec.encode(FrequencyListFormat.RANGE_1024, new int[] {0}, WINDOW);
        assertEquals(0x84, window[0] & 0xff, "format 10.0 and F0 set, W(1) null");
        assertArrayEquals(new int[] {0}, decode(window).arfcns());
    }

    @ParameterizedTest
    @EnumSource(FrequencyListFormat.class)
    void encodeLeavesTheFlagBits6And5Clear(FrequencyListFormat format) {
        int[] set = format == FrequencyListFormat.BIT_MAP_0 ? new int[] {1, 124} : new int[] {1023, 0, 5};
        assertEquals(0, FrequencyListCodec.encode(format, set, WINDOW)[0] & 0x30);
    }

    @Test
    void encoderRejectsArfcnsThatAreNotADistinctSetOfTenBitValues() {
        assertThrows(IllegalArgumentException.class,
                () -> FrequencyListCodec.encode(FrequencyListFormat.RANGE_1024, new int[] {1024}, WINDOW));
        assertThrows(IllegalArgumentException.class,
                () -> FrequencyListCodec.encode(FrequencyListFormat.RANGE_1024, new int[] {-1}, WINDOW));
        assertThrows(IllegalArgumentException.class,
                () -> FrequencyListCodec.encode(FrequencyListFormat.RANGE_1024, new int[] {5, 5}, WINDOW));
        assertThrows(IllegalArgumentException.class,
                () -> FrequencyListCodec.encode(FrequencyListFormat.RANGE_512, new int[] {5}, 2));
        assertThrows(IllegalArgumentException.class,
                () -> FrequencyListCodec.encode(FrequencyListFormat.RANGE_1024, new int[] {5}, 0));
    }

    @Test
    void encodeCompactPicksTheFormatABscWould() {
        assertEquals(FrequencyListFormat.BIT_MAP_0, compact(1, 62, 124));
        assertEquals(FrequencyListFormat.BIT_MAP_0, compact());
        assertEquals(FrequencyListFormat.RANGE_128, compact(0));
        assertEquals(FrequencyListFormat.RANGE_128, compact(1020, 1023, 0, 100));
        assertEquals(FrequencyListFormat.RANGE_256, compact(512, 700));
        assertEquals(FrequencyListFormat.RANGE_512, compact(512, 1000));
        assertEquals(FrequencyListFormat.RANGE_1024, compact(1, 124, 512, 975));
        // 40 channels within 100: too many for range 128 (29 at most), fine for a variable bit map
        assertEquals(FrequencyListFormat.VARIABLE_BIT_MAP, compact(IntStream.range(0, 40).map(i -> 700 + 2 * i).toArray()));
        int[] spread = IntStream.range(0, 40).map(i -> 25 * i).toArray();
        assertThrows(IllegalArgumentException.class, () -> FrequencyListCodec.encodeCompact(spread, WINDOW));
    }

    @Test
    void encodeCompactRoundTripsWhateverItPicks() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            FrequencyListFormat wanted = FrequencyListFormat.values()[i % FrequencyListFormat.values().length];
            int[] set = randomSetFor(wanted, random);
            byte[] window;
            try {
                window = FrequencyListCodec.encodeCompact(set, WINDOW);
            } catch (IllegalArgumentException nothingFits) {
                continue;
            }
            assertArrayEquals(sorted(set), decode(window).arfcns());
        }
    }

    @Test
    void recordKeepsItsArrayToItselfAndComparesByContent() {
        int[] source = {3, 7};
        FrequencyList list = new FrequencyList(FrequencyListFormat.RANGE_128, source);
        source[0] = 99;
        list.arfcns()[1] = 99;
        assertArrayEquals(new int[] {3, 7}, list.arfcns());
        FrequencyList same = new FrequencyList(FrequencyListFormat.RANGE_128, new int[] {3, 7});
        assertEquals(same, list);
        assertEquals(same.hashCode(), list.hashCode());
        assertNotEquals(new FrequencyList(FrequencyListFormat.RANGE_256, new int[] {3, 7}), list);
        assertEquals("FrequencyList[format=RANGE_128, arfcns=[3, 7]]", list.toString());
        assertTrue(list.contains(7) && !list.contains(5) && list.size() == 2);
        assertThrows(IllegalArgumentException.class, () -> new FrequencyList(FrequencyListFormat.BIT_MAP_0, new int[] {7, 3}));
        assertThrows(IllegalArgumentException.class, () -> new FrequencyList(FrequencyListFormat.BIT_MAP_0, new int[] {1024}));
    }

    private static void assertRoundTripsUpTo(FrequencyListFormat format, int[] most) {
        assertArrayEquals(sorted(most), decode(FrequencyListCodec.encode(format, most, WINDOW)).arfcns(), format.toString());
        int[] oneMore = Arrays.copyOf(most, most.length + 1);
        oneMore[most.length] = (most[most.length - 1] + 1) % 1024;
        assertThrows(IllegalArgumentException.class, () -> FrequencyListCodec.encode(format, oneMore, WINDOW),
                format + " with " + oneMore.length);
    }

    private static FrequencyListFormat compact(int... arfcns) {
        FrequencyList decoded = decode(FrequencyListCodec.encodeCompact(arfcns, WINDOW));
        assertArrayEquals(sorted(arfcns), decoded.arfcns());
        return decoded.format();
    }

    private static FrequencyList decode(byte[] window) {
        return FrequencyListCodec.decode(Octets.of(window, "rr.freqlist"));
    }

    /** A set the format can usually hold: counts up to a little past each format's maximum. */
    private static int[] randomSetFor(FrequencyListFormat format, Random random) {
        TreeSet<Integer> set = new TreeSet<>();
        switch (format) {
            case BIT_MAP_0 -> {
                int count = random.nextInt(125);
                while (set.size() < count) {
                    set.add(1 + random.nextInt(124));
                }
            }
            case RANGE_1024 -> {
                int count = random.nextInt(20);
                while (set.size() < count) {
                    set.add(random.nextInt(1024));
                }
            }
            case VARIABLE_BIT_MAP -> arc(set, random, 1 + random.nextInt(60), 1 + random.nextInt(200));
            default -> arc(set, random, 1 + random.nextInt(35), format.annexJRange() - 1);
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void arc(TreeSet<Integer> set, Random random, int count, int span) {
        int start = random.nextInt(1024);
        set.add(start);
        while (set.size() < Math.min(count, span + 1)) {
            set.add((start + 1 + random.nextInt(span)) % 1024);
        }
    }

    private static int[] sorted(int[] arfcns) {
        int[] copy = arfcns.clone();
        Arrays.sort(copy);
        return copy;
    }
}
