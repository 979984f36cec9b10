package org.roguewatch.capture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes pcapng files block by block for tests (draft-ietf-opsawg-pcapng), each section in the
 * byte order it is opened with, and can write blocks whose lengths lie.
 */
final class PcapngTestWriter {
    static final int NAME_RESOLUTION = 0x00000004;
    static final int INTERFACE_STATISTICS = 0x00000005;
    static final int CUSTOM = 0x00000BAD;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final java.util.List<Integer> blockEnds = new java.util.ArrayList<>();
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;

    /** Starts a section; {@code sectionLength} -1 means unspecified. */
    PcapngTestWriter section(ByteOrder sectionOrder, long sectionLength) {
        this.order = sectionOrder;
        ByteBuffer body = body(16).putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(sectionLength);
        return block(0x0A0D0D0A, body.array());
    }

    PcapngTestWriter section(ByteOrder sectionOrder) {
        return section(sectionOrder, -1);
    }

    /**
     * @param tsresol   the if_tsresol byte, or null to leave it out (microseconds)
     * @param tsoffset  if_tsoffset seconds, or null to leave it out
     */
    PcapngTestWriter interfaceBlock(int linkType, long snaplen, Integer tsresol, Long tsoffset) {
        ByteBuffer body = body(8 + 8 + 12 + 4).putShort((short) linkType).putShort((short) 0).putInt((int) snaplen);
        if (tsresol != null) {
            body.putShort((short) 9).putShort((short) 1).put((byte) (int) tsresol).put(new byte[3]);
        }
        if (tsoffset != null) {
            body.putShort((short) 14).putShort((short) 8).putLong(tsoffset);
        }
        body.putShort((short) 0).putShort((short) 0); // opt_endofopt
        return block(1, slice(body));
    }

    PcapngTestWriter enhancedPacket(int interfaceId, long timestamp, byte[] data, int originalLength) {
        ByteBuffer body = body(20 + padded(data.length)).putInt(interfaceId)
                .putInt((int) (timestamp >>> 32)).putInt((int) timestamp)
                .putInt(data.length).putInt(originalLength).put(data);
        return block(6, body.array());
    }

    PcapngTestWriter obsoletePacket(int interfaceId, long timestamp, byte[] data, int originalLength) {
        ByteBuffer body = body(20 + padded(data.length)).putShort((short) interfaceId).putShort((short) 0)
                .putInt((int) (timestamp >>> 32)).putInt((int) timestamp)
                .putInt(data.length).putInt(originalLength).put(data);
        return block(2, body.array());
    }

    /** {@code data} is what the block holds: the packet already cut to the interface's snaplen. */
    PcapngTestWriter simplePacket(byte[] data, int originalLength) {
        ByteBuffer body = body(4 + padded(data.length)).putInt(originalLength).put(data);
        return block(3, body.array());
    }

    /** Any block type with a body padded to 4 bytes. */
    PcapngTestWriter block(int type, byte[] body) {
        int length = 12 + padded(body.length);
        return rawBlock(type, length, body, length);
    }

    /** A block whose leading and trailing lengths are written as given, whatever its body. */
    PcapngTestWriter rawBlock(int type, long leadingLength, byte[] body, long trailingLength) {
        ByteBuffer block = ByteBuffer.allocate(12 + padded(body.length)).order(order);
        block.putInt(type).putInt((int) leadingLength).put(body);
        block.position(block.capacity() - 4);
        block.putInt((int) trailingLength);
        out.writeBytes(block.array());
        blockEnds.add(out.size());
        return this;
    }

    /** Raw bytes, e.g. a block whose body does not match its length. */
    PcapngTestWriter bytes(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    /** Offsets just past each block written by {@link #rawBlock}. */
    java.util.List<Integer> blockEnds() {
        return java.util.List.copyOf(blockEnds);
    }

    ByteOrder order() {
        return order;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    Path write(Path file) throws IOException {
        return Files.write(file, toByteArray());
    }

    private ByteBuffer body(int capacity) {
        return ByteBuffer.allocate(capacity).order(order);
    }

    private static byte[] slice(ByteBuffer filled) {
        byte[] used = new byte[filled.position()];
        filled.flip().get(used);
        return used;
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }
}
