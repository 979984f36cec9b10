package org.roguewatch.gsm.rr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Writes the frequency list windows that {@code src/test/tshark/freqlist/make-fixtures.sh} wraps
 * in GSMTAP frames for tshark: seeded ARFCN sets encoded with our encoder in every format (edge
 * cases first), plus random W fields, null-W-then-junk windows and reserved format octets that
 * only the decoder sees. Not a test; run by the script.
 *
 * <p>Output, one case a line: {@code id TAB message TAB ie-hex TAB intended}, where message is
 * SI1, SI2 or SI2ter and intended is the encoded set ({@code ?} when the window was not made
 * from a set).
 */
public final class FrequencyListFixtureCases {
    private static final long SEED = 44018L;
    private static final int WINDOW = 16;

    private final Random random = new Random(SEED);
    private final List<String> lines = new ArrayList<>();

    private FrequencyListFixtureCases() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: FrequencyListFixtureCases OUTPUT.tsv");
        }
        FrequencyListFixtureCases cases = new FrequencyListFixtureCases();
        cases.all();
        Files.write(Path.of(args[0]), cases.lines, StandardCharsets.US_ASCII);
    }

    private void all() {
        bitMap0();
        range1024();
        rangeWithOrigin(FrequencyListFormat.RANGE_512, 511, 18);
        rangeWithOrigin(FrequencyListFormat.RANGE_256, 255, 22);
        rangeWithOrigin(FrequencyListFormat.RANGE_128, 127, 29);
        variableBitMap();
        for (FrequencyListFormat format : List.of(FrequencyListFormat.RANGE_1024, FrequencyListFormat.RANGE_512,
                FrequencyListFormat.RANGE_256, FrequencyListFormat.RANGE_128)) {
            randomW(format);
        }
        reservedFormats();
    }

    private void bitMap0() {
        FrequencyListFormat f = FrequencyListFormat.BIT_MAP_0;
        encoded(f, new int[0]);
        encoded(f, 1);
        encoded(f, 124);
        encoded(f, 1, 124);
        encoded(f, 121, 122, 123, 124, 120);
        encoded(f, IntStream.rangeClosed(1, 124).toArray());
        encoded(f, 4, 6, 8, 10, 12, 53, 61, 63, 65, 67, 69, 75);
        for (int i = 0; i < 40; i++) {
            encoded(f, randomSet(1 + random.nextInt(40), 1, 124));
        }
    }

    private void range1024() {
        FrequencyListFormat f = FrequencyListFormat.RANGE_1024;
        encoded(f, new int[0]);
        encoded(f, 0);
        encoded(f, 1023);
        encoded(f, 0, 1023);
        encoded(f, 0, 1, 1023);
        encoded(f, 124, 125);
        encoded(f, 512, 513, 511);
        encoded(f, IntStream.rangeClosed(1, 16).toArray());
        encoded(f, IntStream.rangeClosed(0, 16).toArray());
        encoded(f, IntStream.rangeClosed(1008, 1023).toArray());
        for (int i = 0; i < 6; i++) {
            // the most a 16-octet window holds: F0 plus W(1)..W(16)
            int[] sixteen = randomSet(16, 1, 1023);
            encoded(f, sixteen);
            encoded(f, withZero(sixteen));
        }
        for (int i = 0; i < 34; i++) {
            encoded(f, randomSet(1 + random.nextInt(16), 0, 1023));
        }
    }

    private void rangeWithOrigin(FrequencyListFormat f, int span, int maxCount) {
        encoded(f, 0);
        encoded(f, 1023);
        encoded(f, 1023, 0);
        encoded(f, 124, 125);
        encoded(f, 0, span);
        encoded(f, 1023, span - 1);
        encoded(f, 1000, (1000 + span) % 1024);
        encoded(f, IntStream.range(0, maxCount).map(i -> (1020 + i) % 1024).toArray());
        for (int i = 0; i < 8; i++) {
            encoded(f, arc(maxCount, random.nextInt(1024), span));
        }
        for (int i = 0; i < 8; i++) {
            // ORIG-ARFCN near the top so ORIG + offset crosses 1023 -> 0
            encoded(f, arc(1 + random.nextInt(maxCount), 1024 - 1 - random.nextInt(span), span));
        }
        for (int i = 0; i < 24; i++) {
            encoded(f, arc(1 + random.nextInt(maxCount), random.nextInt(1024), span));
        }
    }

    private void variableBitMap() {
        FrequencyListFormat f = FrequencyListFormat.VARIABLE_BIT_MAP;
        int span = WINDOW * 8 - 17;
        encoded(f, 0);
        encoded(f, 1023);
        encoded(f, 725);
        encoded(f, 1023, 0);
        encoded(f, 0, span);
        encoded(f, IntStream.rangeClosed(0, span).map(i -> (1000 + i) % 1024).toArray());
        encoded(f, 730, 733, 734, 741, 746);
        for (int i = 0; i < 10; i++) {
            encoded(f, arc(1 + random.nextInt(30), 1024 - 1 - random.nextInt(span), span));
        }
        for (int i = 0; i < 30; i++) {
            encoded(f, arc(1 + random.nextInt(60), random.nextInt(1024), span));
        }
    }

    /** Windows whose W fields are random: the decoder is checked on values our encoder never makes. */
    private void randomW(FrequencyListFormat f) {
        int headerBits = f == FrequencyListFormat.RANGE_1024 ? 6 : 17;
        for (int i = 0; i < 15; i++) {
            byte[] window = randomWindow(f);
            add(message(), window, null);
        }
        for (int i = 0; i < 3; i++) {
            // every W at its maximum: the largest offsets the field widths allow
            byte[] window = randomWindow(f);
            setBits(window, headerBits, WINDOW * 8 - headerBits, true);
            add("SI2", window, null);
        }
        for (int i = 0; i < 4; i++) {
            // a null W(2) or W(4) followed by non-null fields: the list ends at the null
            byte[] window = randomWindow(f);
            int nullIndex = i % 2 == 0 ? 2 : 4;
            int start = headerBits;
            for (int index = 1; index < nullIndex; index++) {
                start += f.wBits(index);
            }
            setBits(window, start, f.wBits(nullIndex), false);
            add("SI2", window, null);
        }
    }

    private void reservedFormats() {
        for (int first : new int[] {0x40, 0x4F, 0xC0, 0xCE, 0x7F}) {
            byte[] window = new byte[WINDOW];
            random.nextBytes(window);
            window[0] = (byte) first;
            add("SI2", window, null);
        }
    }

    private byte[] randomWindow(FrequencyListFormat f) {
        byte[] window = new byte[WINDOW];
        random.nextBytes(window);
        int id = switch (f) {
            case RANGE_1024 -> 0x80;
            case RANGE_512 -> 0x88;
            case RANGE_256 -> 0x8A;
            default -> 0x8C;
        };
        int keep = f == FrequencyListFormat.RANGE_1024 ? 0x37 : 0x31;
        window[0] = (byte) (id | (window[0] & keep));
        return window;
    }

    private void encoded(FrequencyListFormat format, int... arfcns) {
        String message = message();
        byte[] window = FrequencyListCodec.encode(format, arfcns, WINDOW);
        // flag bits: EXT-IND/BA-IND in SI2, spare in SI1, Multiband Reporting and BA-IND in SI2ter
        int flags = switch (message) {
            case "SI2ter" -> random.nextInt(8) << 4;
            default -> random.nextInt(4) << 4;
        };
        window[0] |= (byte) flags;
        add(message, window, arfcns);
    }

    private void add(String message, byte[] window, int[] intended) {
        String set = intended == null ? "?"
                : Arrays.stream(intended).sorted().mapToObj(Integer::toString).collect(Collectors.joining(" "));
        lines.add(lines.size() + 1 + "\t" + message + "\t" + HexFormat.of().formatHex(window) + "\t" + set);
    }

    private String message() {
        int n = lines.size();
        return n % 7 == 3 ? "SI2ter" : n % 5 == 1 ? "SI1" : "SI2";
    }

    private int[] randomSet(int count, int low, int high) {
        TreeSet<Integer> set = new TreeSet<>();
        while (set.size() < count) {
            set.add(low + random.nextInt(high - low + 1));
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    /** {@code count} ARFCNs on the arc of {@code span} channels above {@code start}, start included. */
    private int[] arc(int count, int start, int span) {
        TreeSet<Integer> set = new TreeSet<>();
        set.add(start);
        int wanted = Math.min(count, span + 1);
        while (set.size() < wanted) {
            set.add((start + 1 + random.nextInt(span)) % 1024);
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] withZero(int[] arfcns) {
        int[] out = Arrays.copyOf(arfcns, arfcns.length + 1);
        out[arfcns.length] = 0;
        return out;
    }

    private static void setBits(byte[] window, int start, int count, boolean value) {
        for (int bit = start; bit < start + count; bit++) {
            int mask = 0x80 >>> (bit & 7);
            if (value) {
                window[bit >>> 3] |= (byte) mask;
            } else {
                window[bit >>> 3] &= (byte) ~mask;
            }
        }
    }
}
