package org.roguewatch.capture;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last in the listener's pipeline: logs a failure (a consumer that threw, a socket error) and
 * keeps the channel open, so one bad datagram never stops the listener.
 */
final class ListenerFailureLogger extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(ListenerFailureLogger.class);

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.warn("GSMTAP listener on {}: {}", ctx.channel().localAddress(), cause.toString());
    }
}
