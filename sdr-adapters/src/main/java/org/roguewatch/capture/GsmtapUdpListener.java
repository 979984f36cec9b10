package org.roguewatch.capture;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens for GSMTAP datagrams on a UDP socket (Netty, NIO transport) and hands each to a
 * consumer as a {@link UdpDatagram} whose source is {@code udp://<bind host>:<port>}, numbered
 * from 1 in order of arrival and stamped with the receive time. The pipeline is three small
 * handlers: copy the datagram out of Netty's buffer, deliver it, log failures.
 */
public final class GsmtapUdpListener implements Closeable {
    public static final int DEFAULT_PORT = 4729;
    public static final String DEFAULT_HOST = "0.0.0.0";
    /** Room for bursts while the consumer is busy; the kernel may cap it (net.core.rmem_max). */
    static final int RECEIVE_BUFFER_BYTES = 4 << 20;
    /** One receive buffer holds the largest UDP payload (65,507 bytes over IPv4). */
    static final int DATAGRAM_BUFFER_BYTES = 64 << 10;

    private static final Logger LOG = LoggerFactory.getLogger(GsmtapUdpListener.class);

    private final EventLoopGroup group;
    private final Channel channel;
    private final DatagramCopier copier;

    private GsmtapUdpListener(EventLoopGroup group, Channel channel, DatagramCopier copier) {
        this.group = group;
        this.channel = channel;
        this.copier = copier;
    }

    /** Binds {@value #DEFAULT_HOST}:{@value #DEFAULT_PORT}. */
    public static GsmtapUdpListener bind(Consumer<UdpDatagram> consumer) throws IOException {
        return bind(new InetSocketAddress(DEFAULT_HOST, DEFAULT_PORT), consumer);
    }

    /**
     * Binds {@code address} (port 0 picks a free port, see {@link #boundPort()}) and starts
     * delivering datagrams to {@code consumer} on the listener's event loop thread.
     *
     * @throws IOException when the address cannot be bound (in use, not local, not permitted)
     */
    public static GsmtapUdpListener bind(InetSocketAddress address, Consumer<UdpDatagram> consumer) throws IOException {
        Objects.requireNonNull(consumer, "consumer");
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        String host = address.getHostString();
        String source = "udp://" + (host.contains(":") ? "[" + host + "]" : host) + ":";
        DatagramCopier copier = new DatagramCopier(source);
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(NioDatagramChannel.class)
                .option(ChannelOption.SO_RCVBUF, RECEIVE_BUFFER_BYTES)
                .option(ChannelOption.RECVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(DATAGRAM_BUFFER_BYTES))
                .handler(new ChannelInitializer<DatagramChannel>() {
                    @Override
                    protected void initChannel(DatagramChannel ch) {
                        ch.pipeline().addLast("copy", copier)
                                .addLast("deliver", new DatagramDelivery(consumer))
                                .addLast("log-failures", new ListenerFailureLogger());
                    }
                });
        ChannelFuture bound = bootstrap.bind(address).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
            Throwable cause = bound.cause();
            throw new IOException("cannot bind UDP " + address.getHostString() + ":" + address.getPort() + ": "
                    + (cause == null ? "unknown failure" : cause.getMessage()), cause);
        }
        Channel channel = bound.channel();
        int port = ((InetSocketAddress) channel.localAddress()).getPort();
        copier.setSource(source + port);
        Object actualBuffer = channel.config().getOption(ChannelOption.SO_RCVBUF);
        LOG.info("listening for GSMTAP on {}{} (receive buffer {} bytes)", source, port, actualBuffer);
        return new GsmtapUdpListener(group, channel, copier);
    }

    /** The port actually bound: the one asked for, or the one the system picked for port 0. */
    public int boundPort() {
        return localAddress().getPort();
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** Datagrams received so far. */
    public long received() {
        return copier.received();
    }

    /** Closes the socket and shuts the event loop down, waiting for it. */
    @Override
    public void close() {
        channel.close().awaitUninterruptibly();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
    }
}
