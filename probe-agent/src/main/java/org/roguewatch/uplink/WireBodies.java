package org.roguewatch.uplink;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Payloads of the frame types: to bytes for the envelope, and back. */
final class WireBodies {
    private WireBodies() {
    }

    static byte[] encode(WireMessage message) {
        PayloadWriter out = new PayloadWriter(64);
        if (message instanceof Batch batch) {
            // The payload follows the sequence verbatim: it is the spooled record.
            PayloadWriter head = new PayloadWriter(10);
            head.varint(batch.sequence());
            byte[] prefix = head.toByteArray();
            byte[] whole = new byte[prefix.length + batch.payload().length];
            System.arraycopy(prefix, 0, whole, 0, prefix.length);
            System.arraycopy(batch.payload(), 0, whole, prefix.length, batch.payload().length);
            return whole;
        }
        if (message instanceof Hello hello) {
            out.string(hello.probeId());
            out.string(hello.agentVersion());
        } else if (message instanceof Ack ack) {
            out.varint(ack.sequence());
        } else if (message instanceof Heartbeat heartbeat) {
            writeHealth(out, heartbeat.health());
        } else if (message instanceof EvidenceRequest request) {
            out.varint(request.requestId());
            out.string(request.source());
            out.varint(request.frame());
        } else if (message instanceof Evidence evidence) {
            out.varint(evidence.requestId());
            out.bool(evidence.found());
            out.bytes(evidence.pcap());
        }
        return out.toByteArray();
    }

    static WireMessage decode(RecordType type, byte[] payload) {
        PayloadReader in = new PayloadReader(payload);
        WireMessage message = switch (type) {
            case HELLO -> new Hello(in.string(), in.string());
            case ACK -> new Ack(in.varint());
            case HEARTBEAT -> new Heartbeat(readHealth(in));
            case EVIDENCE_REQUEST -> new EvidenceRequest(in.varint(), in.string(), in.varint());
            case EVIDENCE -> new Evidence(in.varint(), in.bool(), in.bytes());
            case OBSERVATION_BATCH, SPECTRUM_OBSERVATION_BATCH -> {
                long sequence = in.varint();
                if (sequence < 1) {
                    throw in.bad("bad-sequence", "sequence " + sequence);
                }
                byte[] body = new byte[payload.length - in.position()];
                System.arraycopy(payload, in.position(), body, 0, body.length);
                in.skip(body.length);
                yield new Batch(type, sequence, body);
            }
        };
        if (!in.atEnd()) {
            throw in.bad("trailing-octets", type + " payload continues");
        }
        return message;
    }

    private static void writeHealth(PayloadWriter out, ProbeHealth health) {
        out.instant(health.sentAt());
        out.varint(health.sources().size());
        for (ProbeHealth.SourceState source : health.sources()) {
            out.string(source.name());
            out.bool(source.up());
            out.string(source.state());
        }
        out.float64(health.framesPerSecond());
        out.varint(health.malformed().size());
        health.malformed().forEach((reason, count) -> {
            out.string(reason);
            out.varint(count);
        });
        out.varint(health.spool().records());
        out.varint(health.spool().bytes());
        out.varint(health.spool().droppedRecords());
        out.signed(health.clockOffsetMillis());
        out.bool(health.position() != null);
        if (health.position() != null) {
            out.float64(health.position().lat());
            out.float64(health.position().lon());
            out.float64(health.position().heightM());
        }
    }

    private static ProbeHealth readHealth(PayloadReader in) {
        var sentAt = in.instant();
        int sourceCount = in.count();
        List<ProbeHealth.SourceState> sources = new ArrayList<>(sourceCount);
        for (int i = 0; i < sourceCount; i++) {
            sources.add(new ProbeHealth.SourceState(in.string(), in.bool(), in.string()));
        }
        double framesPerSecond = in.float64();
        int reasons = in.count();
        SortedMap<String, Long> malformed = new TreeMap<>();
        for (int i = 0; i < reasons; i++) {
            malformed.put(in.string(), in.varint());
        }
        var spool = new ProbeHealth.SpoolHealth(in.varint(), in.varint(), in.varint());
        long clockOffset = in.signed();
        ProbeHealth.Position position = in.bool()
                ? new ProbeHealth.Position(in.float64(), in.float64(), in.float64()) : null;
        return new ProbeHealth(sentAt, sources, framesPerSecond, malformed, spool, clockOffset, position);
    }
}
