package org.roguewatch.uplink;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the primitives of payloads: unsigned LEB128 varints, zig-zag signed varints, IEEE doubles,
 * and strings through a per-payload table (a repeated string costs one varint), which is what makes
 * batches of observations from one probe compact.
 */
public final class PayloadWriter {
    private byte[] bytes;
    private int length;
    private final Map<String, Integer> strings = new HashMap<>();

    public PayloadWriter(int initialCapacity) {
        bytes = new byte[Math.max(16, initialCapacity)];
    }

    public PayloadWriter() {
        this(256);
    }

    public void u8(int value) {
        ensure(1);
        bytes[length++] = (byte) value;
    }

    public void bool(boolean value) {
        u8(value ? 1 : 0);
    }

    public void varint(long value) {
        ensure(10);
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            bytes[length++] = (byte) ((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        bytes[length++] = (byte) rest;
    }

    public void signed(long value) {
        varint((value << 1) ^ (value >> 63));
    }

    public void float64(double value) {
        long raw = Double.doubleToRawLongBits(value);
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (raw >>> shift);
        }
    }

    /** A string, or a back reference to an equal one written before in this payload. */
    public void string(String value) {
        Integer index = strings.get(value);
        if (index != null) {
            varint(index + 1L);
            return;
        }
        strings.put(value, strings.size());
        varint(0);
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        varint(utf8.length);
        raw(utf8);
    }

    public void bytes(byte[] value) {
        varint(value.length);
        raw(value);
    }

    /** An instant or null. */
    public void instant(Instant value) {
        if (value == null) {
            u8(0);
            return;
        }
        u8(1);
        signed(value.getEpochSecond());
        varint(value.getNano());
    }

    private void raw(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, bytes, length, value.length);
        length += value.length;
    }

    public int length() {
        return length;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
