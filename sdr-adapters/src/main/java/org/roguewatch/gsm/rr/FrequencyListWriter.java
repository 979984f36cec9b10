package org.roguewatch.gsm.rr;

import java.util.Arrays;

/**
 * Encodes a set of ARFCNs in a chosen format and window length, the way a BSC fills the IE; used
 * by the simulator. Flag bits 6 and 5 of octet 1 are left 0 for the caller to set.
 */
final class FrequencyListWriter {
    private static final int ARFCNS = FrequencyList.MAX_ARFCN + 1;
    /** Octet 1 values with only the format bits set (TS 44.018 table 10.5.2.13.1). */
    private static final int RANGE_1024_ID = 0x80;
    private static final int RANGE_512_ID = 0x88;
    private static final int RANGE_256_ID = 0x8A;
    private static final int RANGE_128_ID = 0x8C;
    private static final int VARIABLE_BIT_MAP_ID = 0x8E;
    private static final int FORMAT_AND_FLAG_BITS_WITH_ORIGIN = 7;

    private final byte[] out;
    private int bit;

    private FrequencyListWriter(int lengthOctets) {
        this.out = new byte[lengthOctets];
    }

    static byte[] write(FrequencyListFormat format, int[] arfcns, int lengthOctets) {
        if (lengthOctets < 1) {
            throw new IllegalArgumentException("length " + lengthOctets + " octets");
        }
        int[] sorted = validated(arfcns);
        FrequencyListWriter writer = new FrequencyListWriter(lengthOctets);
        switch (format) {
            case BIT_MAP_0 -> writer.bitMap0(sorted);
            case RANGE_1024 -> writer.range1024(sorted);
            case RANGE_512, RANGE_256, RANGE_128 -> writer.rangeWithOrigin(format, sorted);
            case VARIABLE_BIT_MAP -> writer.variableBitMap(sorted);
            default -> throw new IllegalStateException(format.toString());
        }
        return writer.out;
    }

    private void bitMap0(int[] arfcns) {
        if (out.length != FrequencyListReader.BIT_MAP_0_OCTETS) {
            throw new IllegalArgumentException("bit map 0 is 16 octets, not " + out.length);
        }
        for (int arfcn : arfcns) {
            if (arfcn < 1 || arfcn > 124) {
                throw new IllegalArgumentException("bit map 0 carries ARFCN 1..124 only, not " + arfcn);
            }
            // ARFCN 124 is bit 4 of octet 1, ARFCN 1 bit 1 of octet 16
            int position = 4 + (124 - arfcn);
            out[position >>> 3] |= (byte) (0x80 >>> (position & 7));
        }
    }

    private void range1024(int[] arfcns) {
        boolean f0 = arfcns.length > 0 && arfcns[0] == 0;
        int[] offsets = f0 ? Arrays.copyOfRange(arfcns, 1, arfcns.length) : arfcns;
        put(RANGE_1024_ID >>> 3, 5);
        put(f0 ? 1 : 0, 1);
        putW(FrequencyListFormat.RANGE_1024, offsets);
    }

    private void rangeWithOrigin(FrequencyListFormat format, int[] arfcns) {
        int range = format.annexJRange();
        int origin = origin(format, arfcns, range - 1);
        int[] offsets = new int[arfcns.length - 1];
        int i = 0;
        for (int arfcn : arfcns) {
            if (arfcn != origin) {
                offsets[i++] = Math.floorMod(arfcn - origin, ARFCNS);
            }
        }
        int id = switch (format) {
            case RANGE_512 -> RANGE_512_ID;
            case RANGE_256 -> RANGE_256_ID;
            default -> RANGE_128_ID;
        };
        put(id >>> 1, FORMAT_AND_FLAG_BITS_WITH_ORIGIN);
        put(origin, 10);
        putW(format, offsets);
    }

    private void variableBitMap(int[] arfcns) {
        int maxOffset = out.length * 8 - FORMAT_AND_FLAG_BITS_WITH_ORIGIN - 10;
        int origin = origin(FrequencyListFormat.VARIABLE_BIT_MAP, arfcns, maxOffset);
        put(VARIABLE_BIT_MAP_ID >>> 1, FORMAT_AND_FLAG_BITS_WITH_ORIGIN);
        put(origin, 10);
        int start = bit;
        for (int arfcn : arfcns) {
            int n = Math.floorMod(arfcn - origin, ARFCNS);
            if (n != 0) {
                int position = start + n - 1;
                out[position >>> 3] |= (byte) (0x80 >>> (position & 7));
            }
        }
    }

    /**
     * ORIG-ARFCN for the formats that carry one: the ARFCN after the widest gap between
     * neighbours on the 1024-channel circle, so the others follow it within the shortest arc.
     */
    private static int origin(FrequencyListFormat format, int[] arfcns, int maxOffset) {
        if (arfcns.length == 0) {
            throw new IllegalArgumentException(format + " always lists ORIG-ARFCN: it cannot carry an empty set");
        }
        int widestGap = -1;
        int origin = arfcns[0];
        for (int i = 0; i < arfcns.length; i++) {
            int next = arfcns[(i + 1) % arfcns.length];
            int gap = Math.floorMod(next - arfcns[i] - 1, ARFCNS) + 1;
            if (gap > widestGap) {
                widestGap = gap;
                origin = next;
            }
        }
        int span = ARFCNS - widestGap;
        if (span > maxOffset) {
            throw new IllegalArgumentException(format + " reaches " + maxOffset + " channels above ORIG-ARFCN in "
                    + "this length; the set spans " + span + " from ARFCN " + origin);
        }
        return origin;
    }

    private void putW(FrequencyListFormat format, int[] offsets) {
        int[] w = FrequencyRangeTree.place(offsets, format.annexJRange());
        int available = out.length * 8 - bit;
        int needed = 0;
        for (int index = 1; index <= offsets.length; index++) {
            needed += format.wBits(index);
        }
        // W(1) is mandatory even when null, so an empty list still needs its field
        int firstWidth = format.wBits(1);
        if (needed > available || firstWidth > available) {
            throw new IllegalArgumentException(format + " in " + out.length + " octets has room for fewer than "
                    + offsets.length + " W fields (" + available + " bits left, " + Math.max(needed, firstWidth)
                    + " needed)");
        }
        for (int index = 1; index <= offsets.length; index++) {
            put(w[index], format.wBits(index));
        }
    }

    private void put(int value, int width) {
        if (bit + width > out.length * 8) {
            throw new IllegalArgumentException("the format's fixed fields do not fit in " + out.length + " octets");
        }
        for (int i = width - 1; i >= 0; i--) {
            if (((value >>> i) & 1) != 0) {
                out[bit >>> 3] |= (byte) (0x80 >>> (bit & 7));
            }
            bit++;
        }
    }

    private static int[] validated(int[] arfcns) {
        int[] sorted = arfcns.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] < 0 || sorted[i] > FrequencyList.MAX_ARFCN) {
                throw new IllegalArgumentException("ARFCN " + sorted[i] + " outside 0.." + FrequencyList.MAX_ARFCN);
            }
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                throw new IllegalArgumentException("ARFCN " + sorted[i] + " listed twice");
            }
        }
        return sorted;
    }
}
