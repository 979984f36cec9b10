package org.roguewatch.gsm.rr;

import java.util.Arrays;

/**
 * Writes CSN.1 rest octets most-significant bit first, the inverse of
 * {@link org.roguewatch.decode.BitReader}: L/H bits are written relative to the spare padding
 * pattern 0x2B (TS 44.018 10.5.2 rest octets, TS 24.007 11.2), and unused bits are filled with
 * that pattern.
 */
final class RestOctetsWriter {
    private static final int CSN1_PADDING = 0x2B;

    private final byte[] octets;
    private int bit;

    RestOctetsWriter(int capacityOctets) {
        this.octets = new byte[capacityOctets];
    }

    int bitPosition() {
        return bit;
    }

    RestOctetsWriter bit(boolean set) {
        if (bit >= octets.length * 8) {
            throw new IllegalArgumentException("content does not fit in " + octets.length + " rest octets");
        }
        if (set) {
            octets[bit >>> 3] |= (byte) (0x80 >>> (bit & 7));
        }
        bit++;
        return this;
    }

    RestOctetsWriter bits(int value, int count) {
        if (count < 0 || count > 32 || (count < 32 && (value >>> count) != 0)) {
            throw new IllegalArgumentException("value " + value + " does not fit in " + count + " bit(s)");
        }
        for (int i = count - 1; i >= 0; i--) {
            bit(((value >>> i) & 1) != 0);
        }
        return this;
    }

    /** A CSN.1 L ({@code false}) or H ({@code true}) bit at the current position. */
    RestOctetsWriter high(boolean high) {
        boolean paddingBit = ((CSN1_PADDING >>> (7 - (bit & 7))) & 1) != 0;
        return bit(high != paddingBit);
    }

    /** {@code { 0 | 1 <value : bit(width)> }}: 0 for {@code null}. */
    RestOctetsWriter optional(Integer value, int width) {
        bit(value != null);
        if (value != null) {
            bits(value, width);
        }
        return this;
    }

    /** The octets written so far, the rest of the last octet and all later octets as spare padding. */
    byte[] toOctets() {
        byte[] out = Arrays.copyOf(octets, octets.length);
        for (int i = bit; i < out.length * 8; i++) {
            int mask = 0x80 >>> (i & 7);
            out[i >>> 3] = (byte) ((out[i >>> 3] & ~mask) | (CSN1_PADDING & mask));
        }
        return out;
    }

    /**
     * A BCCH block (TS 44.006 format Bbis): L2 pseudo length, RR protocol discriminator, message
     * type, then the rest octets.
     */
    static byte[] bcchBlock(int l2PseudoLength, int messageType, byte[] rest) {
        byte[] block = new byte[3 + rest.length];
        block[0] = (byte) ((l2PseudoLength << 2) | 0x01);
        block[1] = 0x06;
        block[2] = (byte) messageType;
        System.arraycopy(rest, 0, block, 3, rest.length);
        return block;
    }
}
