package org.roguewatch.gsm.rr;

import java.nio.ByteBuffer;
import org.roguewatch.decode.BitReader;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Octets;

/** Decodes the value part of a frequency list IE; throws {@link DecodeException} on bad bytes. */
final class FrequencyListReader {
    static final String LAYER = "rr.freqlist";

    /** Bits 8, 7 and 4, 3, 2 of octet 1 select the format (TS 44.018 table 10.5.2.13.1). */
    static final int FORMAT_MASK = 0xCE;
    /**
     * In the Neighbour Cell Description 2 (10.5.2.22a) bit 7 belongs to Multiband Reporting, so
     * only bit 8 and bits 4, 3, 2 select the format.
     */
    static final int FORMAT_MASK_NCD2 = 0x8E;

    /** Bit map 0 is a fixed 16-octet layout (10.5.2.13.2). */
    static final int BIT_MAP_0_OCTETS = 16;
    private static final int BIT_MAP_0_HIGHEST = 124;
    private static final int ARFCNS = FrequencyList.MAX_ARFCN + 1;

    private FrequencyListReader() {
    }

    static FrequencyList read(Octets window, int formatMask) {
        int length = window.remaining();
        ByteBuffer value = window.slice(length, "frequency list");
        if (length == 0) {
            throw new DecodeException(LAYER + ".truncated", 0, LAYER + ": empty frequency list, format octet missing");
        }
        FrequencyListFormat format = format(value.get(0) & 0xff & formatMask);
        BitReader bits = new BitReader(value, LAYER);
        long[] present = new long[ARFCNS / Long.SIZE];
        switch (format) {
            case BIT_MAP_0 -> readBitMap0(bits, length, present);
            case RANGE_1024 -> readRange1024(bits, present);
            case RANGE_512, RANGE_256, RANGE_128 -> readRangeWithOrigin(bits, format, present);
            case VARIABLE_BIT_MAP -> readVariableBitMap(bits, present);
            default -> throw new IllegalStateException(format.toString());
        }
        return new FrequencyList(format, toArray(present));
    }

    static FrequencyListFormat format(int formatBits) {
        switch (formatBits & 0xC0) {
            case 0x00:
                return FrequencyListFormat.BIT_MAP_0;
            case 0x80:
                break;
            default:
                throw new DecodeException(LAYER + ".format-reserved", 0, String.format(
                        "%s: format bits 8,7 = %d%d name no format (10.5.2.13: only 00 and 10 are defined)",
                        LAYER, formatBits >>> 7 & 1, formatBits >>> 6 & 1));
        }
        if ((formatBits & 0x08) == 0) {
            return FrequencyListFormat.RANGE_1024;
        }
        return switch (formatBits & 0x0E) {
            case 0x08 -> FrequencyListFormat.RANGE_512;
            case 0x0A -> FrequencyListFormat.RANGE_256;
            case 0x0C -> FrequencyListFormat.RANGE_128;
            default -> FrequencyListFormat.VARIABLE_BIT_MAP;
        };
    }

    private static void readBitMap0(BitReader bits, int length, long[] present) {
        if (length > BIT_MAP_0_OCTETS) {
            throw new DecodeException(LAYER + ".bitmap0-length", BIT_MAP_0_OCTETS, LAYER + ": bit map 0 is "
                    + BIT_MAP_0_OCTETS + " octets (10.5.2.13.2), window has " + length);
        }
        // format bits 8,7 and the two flag bits 6,5; bits 4..1 of octet 1 are ARFCN 124..121
        bits.skip(4, "format octet");
        for (int arfcn = BIT_MAP_0_HIGHEST; arfcn >= 1; arfcn--) {
            if (bits.bit("CA ARFCN bit")) {
                set(present, arfcn);
            }
        }
    }

    private static void readRange1024(BitReader bits, long[] present) {
        // bits 8..4: format, flags, format; bit 3 is F0 (10.5.2.13.3)
        bits.skip(5, "format octet");
        if (bits.bit("F0")) {
            set(present, 0);
        }
        readW(bits, FrequencyListFormat.RANGE_1024, 0, present);
    }

    private static void readRangeWithOrigin(BitReader bits, FrequencyListFormat format, long[] present) {
        bits.skip(7, "format octet");
        int origin = bits.bits(10, "ORIG-ARFCN");
        set(present, origin);
        readW(bits, format, origin, present);
    }

    /**
     * Reads W(1), W(2), ... with the widths of 10.5.2.13.3..6 until the window cannot hold the next
     * field (what is left is spare) or a null W ends the list. W(1) itself is mandatory. Like the
     * tshark dissector, fields after the first null W are not read: the list ends there.
     */
    private static void readW(BitReader bits, FrequencyListFormat format, int origin, long[] present) {
        int range = format.annexJRange();
        int[] w = new int[range];
        int count = 0;
        for (int index = 1; index < range; index++) {
            int width = format.wBits(index);
            if (index > 1 && !bits.hasBits(width)) {
                break;
            }
            int value = bits.bits(width, "W field");
            if (value == 0) {
                break;
            }
            w[index] = value;
            count = index;
        }
        for (int k = 1; k <= count; k++) {
            // W widths equal the Annex J sub-range sizes, so every value is a valid offset
            set(present, (origin + FrequencyRangeTree.offset(k, w, range)) % ARFCNS);
        }
    }

    /** 10.5.2.13.7: RRFCN bit N names ARFCN (ORIG-ARFCN + N) mod 1024. */
    private static void readVariableBitMap(BitReader bits, long[] present) {
        bits.skip(7, "format octet");
        int origin = bits.bits(10, "ORIG-ARFCN");
        set(present, origin);
        // bits beyond N = 1023 would name ARFCNs again; no sender needs them, so they count as spare
        for (int n = 1; n < ARFCNS && bits.hasBits(1); n++) {
            if (bits.bit("RRFCN bit")) {
                set(present, (origin + n) % ARFCNS);
            }
        }
    }

    /** The decoded set is a 1024-bit map: lists are rare among frames but each spans the whole ARFCN range. */
    private static void set(long[] present, int arfcn) {
        present[arfcn >>> 6] |= 1L << (arfcn & 63);
    }

    private static int[] toArray(long[] present) {
        int count = 0;
        for (long word : present) {
            count += Long.bitCount(word);
        }
        int[] arfcns = new int[count];
        int i = 0;
        for (int index = 0; index < present.length; index++) {
            for (long word = present[index]; word != 0; word &= word - 1) {
                arfcns[i++] = (index << 6) + Long.numberOfTrailingZeros(word);
            }
        }
        return arfcns;
    }
}
