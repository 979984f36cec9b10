package org.roguewatch.capture;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** A growable byte builder for test frames and files, big-endian unless told. */
final class Bytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static Bytes of() {
        return new Bytes();
    }

    Bytes u8(int value) {
        out.write(value);
        return this;
    }

    Bytes u16(int value) {
        out.write(value >>> 8);
        out.write(value);
        return this;
    }

    Bytes u32(long value) {
        return u16((int) (value >>> 16)).u16((int) value);
    }

    Bytes u16le(int value) {
        out.write(value);
        out.write(value >>> 8);
        return this;
    }

    Bytes u32le(long value) {
        return u16le((int) value).u16le((int) (value >>> 16));
    }

    Bytes zeros(int count) {
        out.writeBytes(new byte[count]);
        return this;
    }

    Bytes bytes(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    int length() {
        return out.size();
    }

    byte[] toArray() {
        return out.toByteArray();
    }

    static byte[] toArray(ByteBuffer buffer) {
        byte[] copy = new byte[buffer.remaining()];
        buffer.duplicate().get(copy);
        return copy;
    }

    static byte[] concat(byte[]... parts) {
        Bytes all = of();
        for (byte[] part : parts) {
            all.bytes(part);
        }
        return all.toArray();
    }
}
