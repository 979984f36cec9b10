package org.roguewatch.capture;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.function.Consumer;

/** Hands each {@link UdpDatagram} to the listener's consumer. */
final class DatagramDelivery extends SimpleChannelInboundHandler<UdpDatagram> {
    private final Consumer<UdpDatagram> consumer;

    DatagramDelivery(Consumer<UdpDatagram> consumer) {
        super(false); // a UdpDatagram holds a plain copy: nothing to release
        this.consumer = consumer;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, UdpDatagram datagram) {
        consumer.accept(datagram);
    }
}
