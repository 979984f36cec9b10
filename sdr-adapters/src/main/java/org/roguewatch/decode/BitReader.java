package org.roguewatch.decode;

import java.nio.ByteBuffer;

/**
 * Reads bits most-significant first, as GSM CSN.1 rest octets (TS 44.018 clause 10.5.2 and
 * TS 24.007 clause 11.2) and ASN.1 PER encodings lay them out.
 */
public final class BitReader {
    /**
     * CSN.1 "L" and "H" are defined against the spare padding pattern 0x2B (TS 44.018 10.5.2.x
     * "rest octets", TS 24.007 11.2.2): a bit equal to the pattern bit at its position is L.
     */
    private static final int CSN1_PADDING = 0x2B;

    private final ByteBuffer buffer;
    private final int startByte;
    private final long endBit;
    private final String layer;
    private long bit;

    public BitReader(ByteBuffer buffer, String layer) {
        this.buffer = buffer;
        this.startByte = buffer.position();
        this.endBit = (long) (buffer.limit() - buffer.position()) * 8;
        this.layer = layer;
    }

    public long bitPosition() {
        return bit;
    }

    public long bitsRemaining() {
        return endBit - bit;
    }

    public boolean hasBits(int count) {
        return endBit - bit >= count;
    }

    public boolean bit(String field) {
        require(1, field);
        int octet = buffer.get(startByte + (int) (bit >>> 3)) & 0xff;
        boolean set = ((octet >>> (7 - (int) (bit & 7))) & 1) != 0;
        bit++;
        return set;
    }

    /** Reads up to 32 bits as an unsigned value. */
    public int bits(int count, String field) {
        if (count < 0 || count > 32) {
            throw new IllegalArgumentException("bit count " + count);
        }
        require(count, field);
        long value = 0;
        for (int i = 0; i < count; i++) {
            int octet = buffer.get(startByte + (int) (bit >>> 3)) & 0xff;
            value = (value << 1) | ((octet >>> (7 - (int) (bit & 7))) & 1);
            bit++;
        }
        return (int) value;
    }

    /** Reads one CSN.1 L/H bit; {@code true} means H. */
    public boolean high(String field) {
        require(1, field);
        int paddingBit = (CSN1_PADDING >>> (7 - (int) (bit & 7))) & 1;
        boolean raw = bit(field);
        return (raw ? 1 : 0) != paddingBit;
    }

    public void skip(long count, String field) {
        require(count, field);
        bit += count;
    }

    public void alignToOctet() {
        bit = (bit + 7) & ~7L;
        if (bit > endBit) {
            bit = endBit;
        }
    }

    private void require(long count, String field) {
        if (endBit - bit < count) {
            throw new DecodeException(layer + ".truncated", (int) (bit >>> 3),
                    layer + ": " + field + " needs " + count + " bit(s) at bit " + bit + ", only "
                            + (endBit - bit) + " left");
        }
    }
}
