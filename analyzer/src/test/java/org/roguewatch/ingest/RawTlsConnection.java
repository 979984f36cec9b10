package org.roguewatch.ingest;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.roguewatch.uplink.TlsIdentity;

/**
 * A TLS connection that sends whatever bytes a test gives it: the misbehaving peer of the
 * refusal and bad-input tests.
 */
final class RawTlsConnection implements AutoCloseable {
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel channel;
    private final AtomicLong received = new AtomicLong();
    /** Kept here: a refused connection may close, emptying its pipeline, before the test asks. */
    private final AtomicReference<SslHandler> tls = new AtomicReference<>();

    RawTlsConnection(TlsIdentity identity, int port) throws IOException, InterruptedException {
        var ssl = identity.clientContext();
        channel = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel socket) {
                        tls.set(ssl.newHandler(socket.alloc(), "127.0.0.1", port));
                        socket.pipeline().addLast(tls.get())
                                .addLast(new ChannelInboundHandlerAdapter() {
                                    @Override
                                    public void channelRead(ChannelHandlerContext context, Object message) {
                                        received.addAndGet(((ByteBuf) message).readableBytes());
                                        ReferenceCountUtil.release(message);
                                    }

                                    @Override
                                    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
                                        context.close();
                                    }
                                });
                    }
                }).connect("127.0.0.1", port).sync().channel();
    }

    /** Whether the TLS handshake completed from this end's point of view. */
    boolean handshake() throws InterruptedException {
        return tls.get().handshakeFuture().await(5, TimeUnit.SECONDS) && tls.get().handshakeFuture().isSuccess();
    }

    void send(byte[] bytes) {
        channel.writeAndFlush(Unpooled.wrappedBuffer(bytes));
    }

    /** Whether the server closed the connection within the timeout. */
    boolean closedWithin(long millis) throws InterruptedException {
        return channel.closeFuture().await(millis, TimeUnit.MILLISECONDS);
    }

    long received() {
        return received.get();
    }

    @Override
    public void close() {
        channel.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
