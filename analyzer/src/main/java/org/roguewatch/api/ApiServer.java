package org.roguewatch.api;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.roguewatch.alert.AlertPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API and map page on Netty: HTTP codec, a small aggregator (the API takes no large bodies), then the
 * router. Live alerts reach SSE clients through a pipeline listener.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Channel channel;
    private final EventStream events;
    private final AlertPipeline pipeline;

    private ApiServer(EventLoopGroup boss, EventLoopGroup workers, Channel channel, EventStream events,
                      AlertPipeline pipeline) {
        this.boss = boss;
        this.workers = workers;
        this.channel = channel;
        this.events = events;
        this.pipeline = pipeline;
    }

    /** Binds and serves until {@link #close}; the pipeline's store answers the queries. */
    public static ApiServer start(ApiSettings settings, AlertPipeline pipeline) throws InterruptedException {
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        EventStream events = new EventStream();
        Metrics metrics = new Metrics();
        ApiRoutes routes = new ApiRoutes(settings, pipeline, events, metrics);
        try {
            Channel channel = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(MAX_REQUEST_BYTES),
                                    new ApiHandler(routes, metrics));
                        }
                    }).bind(settings.bind(), settings.port()).sync().channel();
            pipeline.addListener(events);
            workers.next().scheduleAtFixedRate(events::heartbeat, 15, 15, TimeUnit.SECONDS);
            ApiServer server = new ApiServer(boss, workers, channel, events, pipeline);
            LOG.info("API and map listening on {}", server.url());
            return server;
        } catch (RuntimeException | InterruptedException e) {
            boss.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            workers.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw e;
        }
    }

    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /** The map page's URL (without the token). */
    public String url() {
        InetSocketAddress address = (InetSocketAddress) channel.localAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getHostString();
        return "http://" + host + ":" + address.getPort() + "/";
    }

    @Override
    public void close() {
        pipeline.removeListener(events);
        events.close();
        channel.close().syncUninterruptibly();
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
