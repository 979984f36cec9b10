package org.roguewatch.uplink;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.roguewatch.spool.Spool;
import org.roguewatch.spool.SpooledRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ships a probe's spool to the analyzer over TLS 1.3 with mutual authentication, and keeps doing
 * so across dropped links and analyzer restarts.
 *
 * <p>A session: TLS handshake, {@link Hello}, the analyzer's {@link Ack} of what it already holds,
 * then batches from the spool in sequence order with at most {@link UplinkSettings#windowRecords()}
 * unacknowledged, heartbeats every {@link UplinkSettings#heartbeatInterval()}. Acks delete spool
 * segments. A lost session reconnects after an exponential, jittered backoff and resends from the
 * analyzer's ack, so a record is never lost to a broken link (the analyzer drops the duplicates).
 */
public final class UplinkClient implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(UplinkClient.class);
    public static final String AGENT_VERSION = "roguewatch-probe 0.1.0";

    private final UplinkSettings settings;
    private final SslContext ssl;
    private final Spool spool;
    private final Supplier<ProbeHealth> health;
    private final EvidenceStore evidence;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Backoff backoff;
    private final AtomicBoolean pumpScheduled = new AtomicBoolean();
    private final AtomicLong connects = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong batchesSent = new AtomicLong();
    private final AtomicLong resent = new AtomicLong();
    private volatile long acknowledged;
    private volatile Channel channel;
    private volatile boolean ready;
    private volatile boolean closed;
    /** The highest sequence ever written to any session: what is written again after it is a resend. */
    private long highestSent;

    public UplinkClient(UplinkSettings settings, SslContext ssl, Spool spool, Supplier<ProbeHealth> health) {
        this(settings, ssl, spool, health, EvidenceStore.NONE);
    }

    /** A client that also answers the analyzer's evidence requests from {@code evidence}. */
    public UplinkClient(UplinkSettings settings, SslContext ssl, Spool spool, Supplier<ProbeHealth> health,
                        EvidenceStore evidence) {
        this.settings = settings;
        this.evidence = evidence;
        this.ssl = ssl;
        this.spool = spool;
        this.health = health;
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff(), RandomGenerator.getDefault());
        spool.onAppend(this::schedulePump);
    }

    /** Connects in the background; returns at once. */
    public void start() {
        group.execute(this::connect);
    }

    public UplinkStats stats() {
        return new UplinkStats(connects.get(), failures.get(), batchesSent.get(), resent.get(), acknowledged,
                ready);
    }

    private void connect() {
        if (closed) {
            return;
        }
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel socket) {
                        long idle = settings.heartbeatInterval().toMillis() * 3;
                        socket.pipeline()
                                .addLast("tls", ssl.newHandler(socket.alloc(), settings.host(), settings.port()))
                                .addLast("idle", new IdleStateHandler(idle, 0, 0, TimeUnit.MILLISECONDS))
                                .addLast("frames", new WireFrameDecoder(settings.maxPayload()))
                                .addLast("encoder", new WireFrameEncoder())
                                .addLast("session", new Session());
                    }
                });
        ChannelFuture future = bootstrap.connect(settings.host(), settings.port());
        future.addListener(done -> {
            if (!done.isSuccess()) {
                failures.incrementAndGet();
                reconnectLater("connect to " + settings.host() + ":" + settings.port() + " failed: "
                        + done.cause().getMessage());
            }
        });
    }

    private void reconnectLater(String why) {
        if (closed) {
            return;
        }
        Duration delay = backoff.next();
        LOG.info("uplink {}: {}; retrying in {} ms", settings.probeId(), why, delay.toMillis());
        group.schedule(this::connect, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void schedulePump() {
        Channel current = channel;
        if (current != null && ready && pumpScheduled.compareAndSet(false, true)) {
            current.eventLoop().execute(() -> {
                pumpScheduled.set(false);
                pump(current);
            });
        }
    }

    private long nextToSend;

    /** Writes batches while the window and the socket allow; runs on the channel's event loop. */
    private void pump(Channel current) {
        if (!ready || current != channel) {
            return;
        }
        try {
            boolean wrote = false;
            while (current.isWritable()) {
                long inFlight = nextToSend - 1 - acknowledged;
                int room = (int) Math.min(settings.windowRecords() - inFlight, 64);
                if (room <= 0) {
                    break;
                }
                List<SpooledRecord> records = spool.read(nextToSend, room, 4L << 20);
                if (records.isEmpty()) {
                    break;
                }
                for (SpooledRecord record : records) {
                    current.write(new Batch(record.type(), record.sequence(), record.payload()), current.voidPromise());
                    batchesSent.incrementAndGet();
                    if (record.sequence() <= highestSent) {
                        resent.incrementAndGet();
                    }
                    highestSent = Math.max(highestSent, record.sequence());
                    nextToSend = record.sequence() + 1;
                }
                wrote = true;
            }
            if (wrote) {
                current.flush();
            }
        } catch (IOException e) {
            LOG.error("uplink {}: cannot read the spool; closing the session", settings.probeId(), e);
            current.close();
        }
    }

    @Override
    public void close() {
        closed = true;
        Channel current = channel;
        if (current != null) {
            current.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    /** One connection's protocol: hello, acks, batches, heartbeats. */
    private final class Session extends SimpleChannelInboundHandler<WireMessage> {
        private ScheduledFuture<?> heartbeats;

        @Override
        public void channelActive(ChannelHandlerContext context) throws Exception {
            SslHandler tls = context.pipeline().get(SslHandler.class);
            tls.handshakeFuture().addListener(handshake -> {
                if (handshake.isSuccess()) {
                    context.writeAndFlush(new Hello(settings.probeId(), AGENT_VERSION));
                } else {
                    LOG.warn("uplink {}: TLS handshake with {} failed: {}", settings.probeId(),
                            context.channel().remoteAddress(), String.valueOf(handshake.cause()));
                }
            });
            super.channelActive(context);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext context, WireMessage message) throws IOException {
            if (message instanceof EvidenceRequest request) {
                answer(context, request);
                return;
            }
            if (!(message instanceof Ack ack)) {
                LOG.warn("uplink {}: unexpected {} from the analyzer; closing", settings.probeId(), message.type());
                context.close();
                return;
            }
            spool.acknowledge(ack.sequence());
            acknowledged = Math.max(acknowledged, ack.sequence());
            if (!ready) {
                channel = context.channel();
                nextToSend = Math.max(ack.sequence() + 1, 1);
                ready = true;
                backoff.reset();
                connects.incrementAndGet();
                long millis = settings.heartbeatInterval().toMillis();
                heartbeats = context.executor().scheduleAtFixedRate(
                        () -> context.writeAndFlush(new Heartbeat(health.get())), 0, millis, TimeUnit.MILLISECONDS);
                LOG.info("uplink {}: session with {} up; analyzer holds up to {}, spool has up to {}",
                        settings.probeId(), context.channel().remoteAddress(), ack.sequence(), spool.lastSequence());
            }
            pump(context.channel());
        }

        /** Looks the frame up off the event loop (it reads an evidence file) and answers. */
        private void answer(ChannelHandlerContext context, EvidenceRequest request) {
            CompletableFuture.supplyAsync(() -> evidence.frame(request.source(), request.frame()))
                    .whenComplete((frame, failure) -> {
                        if (failure != null) {
                            LOG.warn("uplink {}: evidence {}#{} could not be read: {}", settings.probeId(),
                                    request.source(), request.frame(), failure.toString());
                        }
                        byte[] pcap = frame == null ? null : frame.orElse(null);
                        context.writeAndFlush(new Evidence(request.requestId(), pcap != null,
                                pcap == null ? new byte[0] : pcap));
                    });
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext context) throws Exception {
            pump(context.channel());
            super.channelWritabilityChanged(context);
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext context, Object event) throws Exception {
            if (event instanceof IdleStateEvent) {
                LOG.warn("uplink {}: nothing heard from the analyzer in {} ms; reconnecting", settings.probeId(),
                        settings.heartbeatInterval().toMillis() * 3);
                context.close();
                return;
            }
            super.userEventTriggered(context, event);
        }

        @Override
        public void channelInactive(ChannelHandlerContext context) {
            if (heartbeats != null) {
                heartbeats.cancel(false);
            }
            boolean wasReady = ready && channel == context.channel();
            if (channel == context.channel()) {
                ready = false;
                channel = null;
            }
            if (!wasReady) {
                failures.incrementAndGet();
            }
            reconnectLater("session with " + context.channel().remoteAddress() + " ended");
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            Throwable reason = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
            LOG.warn("uplink {}: closing session with {}: {}", settings.probeId(), context.channel().remoteAddress(),
                    reason.toString());
            context.close();
        }
    }
}
