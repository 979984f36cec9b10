package org.roguewatch.uplink;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Reads what {@link PayloadWriter} wrote. Every read is bounds-checked: a truncated or corrupt
 * payload raises {@link WireFormatException} with the offset, never an index error.
 */
public final class PayloadReader {
    private final byte[] bytes;
    private int position;
    private final int end;
    private final List<String> strings = new ArrayList<>();

    public PayloadReader(byte[] bytes) {
        this.bytes = bytes;
        this.end = bytes.length;
    }

    public int u8() {
        need(1);
        return bytes[position++] & 0xFF;
    }

    public boolean bool() {
        int value = u8();
        if (value > 1) {
            throw bad("bad-boolean", "octet " + value);
        }
        return value == 1;
    }

    public long varint() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int octet = u8();
            value |= (long) (octet & 0x7F) << shift;
            if ((octet & 0x80) == 0) {
                return value;
            }
        }
        throw bad("bad-varint", "longer than 10 octets");
    }

    public long signed() {
        long raw = varint();
        return (raw >>> 1) ^ -(raw & 1);
    }

    public int signedInt() {
        long value = signed();
        if (value != (int) value) {
            throw bad("bad-int", value + " out of int range");
        }
        return (int) value;
    }

    /** A count of items each taking at least one octet, checked against what remains. */
    public int count() {
        long value = varint();
        if (value > end - position) {
            throw bad("bad-count", value + " items but " + (end - position) + " octets left");
        }
        return (int) value;
    }

    public double float64() {
        need(8);
        long raw = 0;
        for (int i = 0; i < 8; i++) {
            raw = (raw << 8) | (bytes[position++] & 0xFF);
        }
        return Double.longBitsToDouble(raw);
    }

    public String string() {
        long reference = varint();
        if (reference > 0) {
            if (reference > strings.size()) {
                throw bad("bad-string-reference", "reference " + reference + " of " + strings.size());
            }
            return strings.get((int) reference - 1);
        }
        int length = count();
        String value = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        strings.add(value);
        return value;
    }

    public byte[] bytes() {
        int length = count();
        byte[] value = new byte[length];
        System.arraycopy(bytes, position, value, 0, length);
        position += length;
        return value;
    }

    public Instant instant() {
        if (!bool()) {
            return null;
        }
        long seconds = signed();
        long nanos = varint();
        if (nanos > 999_999_999L) {
            throw bad("bad-instant", "nanos " + nanos);
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /**
     * A whole batch payload: a count, that many items, and nothing after them.
     *
     * @param what names the items in the error when octets follow them
     */
    public <T> List<T> batch(String what, IntFunction<T> item) {
        int count = count();
        List<T> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(item.apply(i));
        }
        if (!atEnd()) {
            throw bad("trailing-octets", "payload continues after " + count + " " + what);
        }
        return items;
    }

    public boolean atEnd() {
        return position == end;
    }

    public int position() {
        return position;
    }

    /** Skips octets (an unknown field's value, whose length was written before it). */
    public void skip(int octets) {
        need(octets);
        position += octets;
    }

    public WireFormatException bad(String reason, String detail) {
        return new WireFormatException(reason, detail + " at payload offset " + position);
    }

    private void need(int octets) {
        if (octets < 0 || position + octets > end) {
            throw bad("truncated-payload", "needs " + octets + " more octets, " + (end - position) + " left");
        }
    }
}
