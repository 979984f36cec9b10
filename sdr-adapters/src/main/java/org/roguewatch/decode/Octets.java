package org.roguewatch.decode;

import java.nio.ByteBuffer;

/**
 * A bounds-checked cursor over a window of a {@link ByteBuffer}, reading in place without
 * copying. Running past the end throws {@link DecodeException} with the given reason prefix,
 * so decoders read like the spec tables and still never over-read.
 */
public final class Octets {
    private final ByteBuffer buffer;
    private final int start;
    private final int end;
    private final String layer;
    private int position;

    private Octets(ByteBuffer buffer, int start, int end, String layer) {
        this.buffer = buffer;
        this.start = start;
        this.end = end;
        this.layer = layer;
        this.position = start;
    }

    /** A cursor over {@code buffer}'s remaining bytes; the buffer's own position is not changed. */
    public static Octets of(ByteBuffer buffer, String layer) {
        return new Octets(buffer, buffer.position(), buffer.limit(), layer);
    }

    public static Octets of(byte[] bytes, String layer) {
        return of(ByteBuffer.wrap(bytes), layer);
    }

    /** Offset from the start of this window. */
    public int offset() {
        return position - start;
    }

    public int remaining() {
        return end - position;
    }

    public boolean hasRemaining() {
        return position < end;
    }

    public int length() {
        return end - start;
    }

    public String layer() {
        return layer;
    }

    public void require(int count, String field) {
        if (count < 0 || end - position < count) {
            throw new DecodeException(layer + ".truncated", offset(),
                    layer + ": " + field + " needs " + count + " byte(s) at offset " + offset()
                            + ", only " + remaining() + " left");
        }
    }

    public int u8(String field) {
        require(1, field);
        return buffer.get(position++) & 0xff;
    }

    /** Reads a byte without consuming it. */
    public int peek(String field) {
        require(1, field);
        return buffer.get(position) & 0xff;
    }

    public int u16(String field) {
        require(2, field);
        int value = ((buffer.get(position) & 0xff) << 8) | (buffer.get(position + 1) & 0xff);
        position += 2;
        return value;
    }

    public int u24(String field) {
        require(3, field);
        int value = ((buffer.get(position) & 0xff) << 16) | ((buffer.get(position + 1) & 0xff) << 8)
                | (buffer.get(position + 2) & 0xff);
        position += 3;
        return value;
    }

    public long u32(String field) {
        require(4, field);
        long value = ((long) (buffer.get(position) & 0xff) << 24) | ((buffer.get(position + 1) & 0xff) << 16)
                | ((buffer.get(position + 2) & 0xff) << 8) | (buffer.get(position + 3) & 0xff);
        position += 4;
        return value;
    }

    public void skip(int count, String field) {
        require(count, field);
        position += count;
    }

    /** A zero-copy view of the next {@code count} bytes, consumed from this cursor. */
    public ByteBuffer slice(int count, String field) {
        require(count, field);
        ByteBuffer view = buffer.slice(position, count);
        position += count;
        return view;
    }

    /** A zero-copy view of everything left, consumed from this cursor. */
    public ByteBuffer rest() {
        return slice(remaining(), "rest");
    }

    /** A sub-cursor over the next {@code count} bytes, consumed from this cursor. */
    public Octets window(int count, String field) {
        require(count, field);
        Octets window = new Octets(buffer, position, position + count, layer);
        position += count;
        return window;
    }

    public byte[] bytes(int count, String field) {
        require(count, field);
        byte[] out = new byte[count];
        buffer.get(position, out, 0, count);
        position += count;
        return out;
    }

    public DecodeException error(String reason, String detail) {
        return new DecodeException(layer + "." + reason, offset(), layer + ": " + detail);
    }
}
