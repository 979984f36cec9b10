package org.roguewatch.ingest;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.roguewatch.uplink.PayloadCodecs;
import org.roguewatch.uplink.WireFrameDecoder;
import org.roguewatch.uplink.WireFrameEncoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyzer's ingest server: TLS 1.3 with required client certificates, then per connection a
 * pipeline of single-purpose handlers: TLS, idle timeout, frame decoder, frame encoder, and the
 * {@link ProbeSession}.
 */
public final class IngestServer implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestServer.class);

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Channel listening;
    private final ChannelGroup connections;
    private final HighWaterMarks marks;
    private final IngestCounters counters;
    private final EvidenceRequests evidence;

    private IngestServer(EventLoopGroup boss, EventLoopGroup workers, Channel listening, ChannelGroup connections,
                         HighWaterMarks marks, IngestCounters counters, EvidenceRequests evidence) {
        this.evidence = evidence;
        this.boss = boss;
        this.workers = workers;
        this.listening = listening;
        this.connections = connections;
        this.marks = marks;
        this.counters = counters;
    }

    /** Binds and starts serving; returns once the port is bound. */
    public static IngestServer start(IngestSettings settings, SslContext ssl, ObservationSink sink,
                                     ProbeRegistry registry, HighWaterMarks marks, PayloadCodecs codecs)
            throws IOException {
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(0, NioIoHandler.newFactory());
        ChannelGroup connections = new DefaultChannelGroup("ingest", GlobalEventExecutor.INSTANCE);
        IngestCounters counters = new IngestCounters();
        EvidenceRequests evidence = new EvidenceRequests();
        Quarantine quarantine = new Quarantine(marks.directory().resolve("quarantine"));
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel socket) {
                        connections.add(socket);
                        socket.pipeline()
                                .addLast("tls", ssl.newHandler(socket.alloc(), socket.remoteAddress().getHostString(),
                                        socket.remoteAddress().getPort()))
                                .addLast("idle", new IdleStateHandler(settings.idleTimeout().toMillis(), 0, 0,
                                        TimeUnit.MILLISECONDS))
                                .addLast("frames", new WireFrameDecoder(settings.maxPayload()))
                                .addLast("encoder", new WireFrameEncoder())
                                .addLast("session", new ProbeSession(sink, registry, marks, codecs, counters,
                                        evidence, quarantine));
                    }
                });
        try {
            Channel listening = bootstrap.bind(settings.bindHost(), settings.port()).sync().channel();
            LOG.info("ingest server listening on {}", listening.localAddress());
            return new IngestServer(boss, workers, listening, connections, marks, counters, evidence);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shutdown(boss, workers);
            throw new IOException("interrupted while binding " + settings.bindHost() + ":" + settings.port(), e);
        } catch (RuntimeException e) {
            shutdown(boss, workers);
            throw new IOException("cannot listen on " + settings.bindHost() + ":" + settings.port() + ": "
                    + e.getMessage(), e);
        }
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) listening.localAddress();
    }

    /** Asks connected probes for the raw frames behind frame references. */
    public EvidenceRequests evidence() {
        return evidence;
    }

    public IngestStats stats() {
        return counters.snapshot();
    }

    /** Stops accepting, closes every probe connection, and writes the high-water marks. */
    @Override
    public void close() throws IOException {
        listening.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        connections.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        shutdown(boss, workers);
        marks.persistAll();
        LOG.info("ingest server on {} stopped", listening.localAddress());
    }

    private static void shutdown(EventLoopGroup boss, EventLoopGroup workers) {
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
