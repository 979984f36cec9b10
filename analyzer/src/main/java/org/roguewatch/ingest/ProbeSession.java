package org.roguewatch.ingest;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.NotSslRecordException;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleStateEvent;
import java.io.IOException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.uplink.Ack;
import org.roguewatch.uplink.Batch;
import org.roguewatch.uplink.Evidence;
import org.roguewatch.uplink.Heartbeat;
import org.roguewatch.uplink.Hello;
import org.roguewatch.spectrumobs.SpectrumObservation;
import org.roguewatch.uplink.PayloadCodec;
import org.roguewatch.uplink.PayloadCodecs;
import org.roguewatch.uplink.RecordType;
import org.roguewatch.uplink.WireFormatException;
import org.roguewatch.uplink.WireMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One probe connection on the server: learns the probe id from the verified client certificate,
 * requires a matching hello, then accepts batches above the probe's high-water mark, hands them to
 * the sink and acknowledges once the mark is on disk. Any protocol violation closes this
 * connection only, with the reason logged once.
 */
final class ProbeSession extends SimpleChannelInboundHandler<WireMessage> {
    private static final Logger LOG = LoggerFactory.getLogger(ProbeSession.class);

    private final ObservationSink sink;
    private final ProbeRegistry registry;
    private final HighWaterMarks marks;
    private final PayloadCodecs codecs;
    private final IngestCounters counters;
    private final EvidenceRequests evidence;
    private final Quarantine quarantine;
    private String certifiedProbe;
    private String probeId;
    private HighWaterMarks.Mark mark;
    private boolean ackDue;
    private boolean closing;

    ProbeSession(ObservationSink sink, ProbeRegistry registry, HighWaterMarks marks, PayloadCodecs codecs,
                 IngestCounters counters, EvidenceRequests evidence, Quarantine quarantine) {
        this.evidence = evidence;
        this.quarantine = quarantine;
        this.sink = sink;
        this.registry = registry;
        this.marks = marks;
        this.codecs = codecs;
        this.counters = counters;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext context, Object event) throws Exception {
        if (event instanceof SslHandshakeCompletionEvent handshake) {
            if (handshake.isSuccess()) {
                certifiedProbe = commonName(context);
            } else {
                Throwable cause = handshake.cause();
                String reason = cause instanceof NotSslRecordException || cause.getCause() instanceof NotSslRecordException
                        ? "not-tls" : "tls-handshake";
                close(context, reason, reason.equals("not-tls") ? "plain TCP or other non-TLS bytes"
                        : String.valueOf(cause));
            }
        } else if (event instanceof IdleStateEvent) {
            close(context, "idle", "nothing received within the idle timeout");
        }
        super.userEventTriggered(context, event);
    }

    private static String commonName(ChannelHandlerContext context) throws SSLPeerUnverifiedException,
            InvalidNameException {
        Certificate[] chain = context.pipeline().get(SslHandler.class).engine().getSession().getPeerCertificates();
        X509Certificate leaf = (X509Certificate) chain[0];
        for (Rdn rdn : new LdapName(leaf.getSubjectX500Principal().getName()).getRdns()) {
            if (rdn.getType().equalsIgnoreCase("CN")) {
                return rdn.getValue().toString();
            }
        }
        return leaf.getSubjectX500Principal().getName();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext context, WireMessage message) throws IOException {
        if (closing) {
            return;
        }
        if (probeId == null) {
            if (!(message instanceof Hello hello)) {
                close(context, "no-hello", "first frame was " + message.type() + ", not HELLO");
                return;
            }
            if (!hello.probeId().equals(certifiedProbe)) {
                close(context, "probe-id-mismatch", "hello names probe '" + hello.probeId()
                        + "' but the certificate is for '" + certifiedProbe + "'");
                return;
            }
            probeId = hello.probeId();
            mark = marks.of(probeId);
            registry.hello(probeId, hello.agentVersion());
            evidence.attach(probeId, context.channel());
            counters.sessions.increment();
            LOG.info("probe {} connected from {} ({}); holding up to sequence {}", probeId,
                    context.channel().remoteAddress(), hello.agentVersion(), mark.accepted());
            context.writeAndFlush(new Ack(mark.accepted()));
            return;
        }
        if (message instanceof Batch batch) {
            accept(context, batch);
        } else if (message instanceof Evidence answer) {
            evidence.answered(answer);
        } else if (message instanceof Heartbeat heartbeat) {
            registry.heartbeat(probeId, heartbeat.health());
            ackDue = true;
        } else {
            close(context, "unexpected-frame", message.type() + " from a probe");
        }
    }

    private void accept(ChannelHandlerContext context, Batch batch) {
        synchronized (mark) {
            if (batch.sequence() <= mark.accepted()) {
                counters.duplicates.increment();
                registry.duplicate(probeId);
                ackDue = true;
                return;
            }
            Optional<PayloadCodec<?>> codec = codecs.codec(batch.type());
            int observations = 0;
            boolean readable = codec.isPresent() && (batch.type() == RecordType.OBSERVATION_BATCH
                    || batch.type() == RecordType.SPECTRUM_OBSERVATION_BATCH && sink instanceof SpectrumSink);
            if (readable) {
                try {
                    observations = deliver(codec.get(), batch);
                } catch (WireFormatException e) {
                    // The frame was intact (its CRC matched): the payload itself is foreign to this
                    // analyzer. Keep it and go on rather than refuse it forever.
                    counters.malformedBatches.increment();
                    quarantine.keep(probeId, batch, e.reason() + ": " + e.detail());
                }
            } else {
                counters.unreadBatches.increment();
                quarantine.keep(probeId, batch, "no reader for " + batch.type() + " here");
            }
            mark.advance(batch.sequence());
            counters.batches.increment();
            counters.observations.add(observations);
            registry.accepted(probeId, observations);
            ackDue = true;
        }
    }

    /** Decodes the batch and hands it to the sink; returns its observations. */
    @SuppressWarnings("unchecked")
    private int deliver(PayloadCodec<?> codec, Batch batch) {
        if (batch.type() == RecordType.SPECTRUM_OBSERVATION_BATCH) {
            List<SpectrumObservation> carriers = ((PayloadCodec<List<SpectrumObservation>>) codec)
                    .decode(batch.payload());
            for (SpectrumObservation carrier : carriers) {
                checkOwn(batch, carrier.probeId());
            }
            ((SpectrumSink) sink).acceptSpectrum(probeId, batch.sequence(), carriers);
            return carriers.size();
        }
        List<CellObservation> observations = ((PayloadCodec<List<CellObservation>>) codec).decode(batch.payload());
        for (CellObservation observation : observations) {
            checkOwn(batch, observation.probeId());
        }
        sink.accept(probeId, batch.sequence(), observations);
        return observations.size();
    }

    /** Every observation of a batch must be of this session's probe. */
    private void checkOwn(Batch batch, String observationProbe) {
        if (!observationProbe.equals(probeId)) {
            throw new WireFormatException("foreign-observation", "batch " + batch.sequence()
                    + " carries an observation of probe '" + observationProbe + "'");
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) throws Exception {
        if (probeId != null) {
            evidence.detach(probeId, context.channel());
        }
        super.channelInactive(context);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext context) throws Exception {
        if (ackDue && mark != null && !closing) {
            ackDue = false;
            // Acknowledge only what is on disk: a restart must not re-accept what the probe deleted.
            context.writeAndFlush(new Ack(mark.persist()));
        }
        super.channelReadComplete(context);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        Throwable reason = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        if (reason instanceof WireFormatException format) {
            close(context, format.reason(), format.detail());
        } else if (reason instanceof NotSslRecordException) {
            close(context, "not-tls", "plain TCP or other non-TLS bytes");
        } else if (reason instanceof javax.net.ssl.SSLException) {
            close(context, "tls-handshake", reason.getMessage());
        } else if (reason instanceof IOException) {
            close(context, "io", reason.getMessage());
        } else {
            LOG.error("probe {}: unexpected error on {}; closing", probeId, context.channel().remoteAddress(), reason);
            close(context, "internal-error", reason.toString());
        }
    }

    private void close(ChannelHandlerContext context, String reason, String detail) {
        if (closing) {
            return;
        }
        closing = true;
        counters.closed(reason);
        LOG.warn("closing connection from {} (probe {}): {}: {}", context.channel().remoteAddress(),
                probeId != null ? probeId : certifiedProbe != null ? certifiedProbe + " (certified)" : "unknown",
                reason, detail);
        context.close();
    }
}
