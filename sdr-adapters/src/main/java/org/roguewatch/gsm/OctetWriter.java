package org.roguewatch.gsm;

import java.util.Arrays;

/**
 * A growable big-endian octet buffer for encoders, the writing twin of
 * {@link org.roguewatch.decode.Octets}. Every write checks that the value fits its width, so an
 * encoder never silently truncates a field.
 */
public final class OctetWriter {
    private byte[] octets = new byte[32];
    private int length;

    public int length() {
        return length;
    }

    public OctetWriter u8(int value) {
        requireFits(value, 0xff, "octet");
        ensure(1);
        octets[length++] = (byte) value;
        return this;
    }

    public OctetWriter u16(int value) {
        requireFits(value, 0xffff, "16-bit value");
        return u8(value >>> 8).u8(value & 0xff);
    }

    public OctetWriter u32(long value) {
        if (value < 0 || value > 0xffffffffL) {
            throw new IllegalArgumentException("32-bit value " + value + " out of range");
        }
        return u16((int) (value >>> 16)).u16((int) (value & 0xffff));
    }

    public OctetWriter bytes(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, octets, length, value.length);
        length += value.length;
        return this;
    }

    /** A length octet followed by {@code value} (TS 24.007 11.2.1.1 format LV). */
    public OctetWriter lv(byte[] value) {
        if (value.length > 0xff) {
            throw new IllegalArgumentException("LV value of " + value.length + " octets exceeds 255");
        }
        return u8(value.length).bytes(value);
    }

    /** IEI, length octet and value (TS 24.007 11.2.1.1 format TLV). */
    public OctetWriter tlv(int iei, byte[] value) {
        return u8(iei).lv(value);
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(octets, length);
    }

    private void ensure(int more) {
        if (length + more > octets.length) {
            octets = Arrays.copyOf(octets, Math.max(octets.length * 2, length + more));
        }
    }

    private static void requireFits(int value, int max, String what) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(what + " " + value + " out of range 0.." + max);
        }
    }
}
