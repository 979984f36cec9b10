package org.roguewatch.uplink;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Cuts the byte stream into frames and decodes their envelopes. Anything that breaks the format
 * (wrong magic or version, an unknown type, a frame over the size limit, a CRC mismatch, a payload
 * that does not parse) raises {@link WireFormatException}; the session handler behind this one
 * logs the reason and closes the connection, since the stream cannot be trusted past that point.
 */
public final class WireFrameDecoder extends ByteToMessageDecoder {
    private final int maxPayload;

    public WireFrameDecoder(int maxPayload) {
        this.maxPayload = maxPayload;
    }

    @Override
    protected void decode(ChannelHandlerContext context, ByteBuf in, List<Object> out) {
        if (in.readableBytes() < WireFormat.HEADER_LENGTH) {
            return;
        }
        int start = in.readerIndex();
        int magic = in.getUnsignedShort(start);
        if (magic != WireFormat.MAGIC) {
            throw new WireFormatException("bad-magic", String.format("0x%04x, expected 0x%04x", magic,
                    WireFormat.MAGIC));
        }
        int version = in.getUnsignedByte(start + 2);
        if (version != WireFormat.VERSION) {
            throw new WireFormatException("unsupported-version", "version " + version + ", this end speaks "
                    + WireFormat.VERSION);
        }
        int code = in.getUnsignedByte(start + 3);
        RecordType type = RecordType.ofCode(code);
        if (type == null) {
            throw new WireFormatException("unknown-type", "frame type " + code);
        }
        long length = in.getUnsignedInt(start + 4);
        if (length > maxPayload) {
            throw new WireFormatException("oversize", "payload of " + length + " octets exceeds the limit of "
                    + maxPayload);
        }
        int total = WireFormat.HEADER_LENGTH + (int) length + WireFormat.TRAILER_LENGTH;
        if (in.readableBytes() < total) {
            return;
        }
        CRC32C crc = new CRC32C();
        crc.update(in.nioBuffer(start + 2, total - WireFormat.TRAILER_LENGTH - 2));
        long expected = in.getUnsignedInt(start + total - WireFormat.TRAILER_LENGTH);
        if (crc.getValue() != expected) {
            throw new WireFormatException("bad-crc", type + " frame of " + length + " octets");
        }
        byte[] payload = new byte[(int) length];
        in.getBytes(start + WireFormat.HEADER_LENGTH, payload);
        in.skipBytes(total);
        out.add(WireBodies.decode(type, payload));
    }

    @Override
    protected void decodeLast(ChannelHandlerContext context, ByteBuf in, List<Object> out) {
        decode(context, in, out);
        if (in.isReadable()) {
            int left = in.readableBytes();
            in.skipBytes(left);
            throw new WireFormatException("truncated-frame", "connection ended inside a frame, " + left
                    + " octets unread");
        }
    }
}
