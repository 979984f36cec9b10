package org.roguewatch.capture;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * Turns each received {@link DatagramPacket} into a {@link UdpDatagram} over a copy of its bytes,
 * so nothing downstream holds Netty's pooled buffer; the superclass releases the packet on every
 * path, also when a later handler throws.
 */
@ChannelHandler.Sharable
final class DatagramCopier extends SimpleChannelInboundHandler<DatagramPacket> {
    private volatile String source;
    private long received;

    DatagramCopier(String source) {
        this.source = source;
    }

    /** Set once the bound port is known, before the first datagram can arrive. */
    void setSource(String source) {
        this.source = source;
    }

    long received() {
        synchronized (this) {
            return received;
        }
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        Instant time = Instant.now();
        ByteBuf content = packet.content();
        byte[] bytes = new byte[content.readableBytes()];
        content.getBytes(content.readerIndex(), bytes);
        long frame;
        synchronized (this) {
            frame = ++received;
        }
        FrameRef ref = new FrameRef(source, frame, time);
        ctx.fireChannelRead(new UdpDatagram(ref, packet.sender().getPort(), packet.recipient().getPort(),
                ByteBuffer.wrap(bytes).asReadOnlyBuffer()));
    }
}
