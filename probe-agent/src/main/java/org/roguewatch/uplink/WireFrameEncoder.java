package org.roguewatch.uplink;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import java.util.zip.CRC32C;

/** Writes {@link WireMessage}s in the frame envelope of {@link WireFormat}. */
public final class WireFrameEncoder extends MessageToByteEncoder<WireMessage> {

    @Override
    protected void encode(ChannelHandlerContext context, WireMessage message, ByteBuf out) {
        byte[] payload = WireBodies.encode(message);
        out.ensureWritable(WireFormat.HEADER_LENGTH + payload.length + WireFormat.TRAILER_LENGTH);
        int start = out.writerIndex();
        out.writeShort(WireFormat.MAGIC);
        out.writeByte(WireFormat.VERSION);
        out.writeByte(message.type().code());
        out.writeInt(payload.length);
        out.writeBytes(payload);
        CRC32C crc = new CRC32C();
        crc.update(out.nioBuffer(start + 2, out.writerIndex() - start - 2));
        out.writeInt((int) crc.getValue());
    }

    /** The frame as bytes, for tests and tools that speak the protocol without a pipeline. */
    public static byte[] frame(WireMessage message) {
        ByteBuf buffer = io.netty.buffer.Unpooled.buffer();
        try {
            new WireFrameEncoder().encode(null, message, buffer);
            byte[] bytes = new byte[buffer.readableBytes()];
            buffer.readBytes(bytes);
            return bytes;
        } finally {
            buffer.release();
        }
    }
}
