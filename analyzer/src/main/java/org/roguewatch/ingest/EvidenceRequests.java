package org.roguewatch.ingest;

import io.netty.channel.Channel;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.uplink.Evidence;
import org.roguewatch.uplink.EvidenceRequest;

/**
 * Asks connected probes for the raw frames findings cite: the frame reference goes to the probe
 * that heard it, which answers from its evidence pcap. The hook an API or an analyst's tool uses.
 */
public final class EvidenceRequests {
    private final Map<String, Channel> sessions = new ConcurrentHashMap<>();
    private final Map<Long, CompletableFuture<Optional<byte[]>>> pending = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    void attach(String probeId, Channel channel) {
        sessions.put(probeId, channel);
    }

    void detach(String probeId, Channel channel) {
        sessions.remove(probeId, channel);
    }

    void answered(Evidence evidence) {
        CompletableFuture<Optional<byte[]>> future = pending.remove(evidence.requestId());
        if (future != null) {
            future.complete(evidence.found() ? Optional.of(evidence.pcap()) : Optional.empty());
        }
    }

    /**
     * The frame as a one-packet pcap from the probe that heard it; empty when the probe no longer
     * keeps it. Fails with an {@link IOException} when the probe is not connected, and times out
     * after {@code timeout}.
     */
    public CompletableFuture<Optional<byte[]>> request(String probeId, FrameRef ref, Duration timeout) {
        Channel channel = sessions.get(probeId);
        if (channel == null || !channel.isActive()) {
            return CompletableFuture.failedFuture(new IOException("probe " + probeId + " is not connected"));
        }
        long id = ids.incrementAndGet();
        CompletableFuture<Optional<byte[]>> future = new CompletableFuture<>();
        pending.put(id, future);
        channel.writeAndFlush(new EvidenceRequest(id, ref.source(), ref.frame())).addListener(write -> {
            if (!write.isSuccess()) {
                pending.remove(id);
                future.completeExceptionally(new IOException("request to probe " + probeId + " failed",
                        write.cause()));
            }
        });
        return future.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((result, failure) -> pending.remove(id));
    }
}
