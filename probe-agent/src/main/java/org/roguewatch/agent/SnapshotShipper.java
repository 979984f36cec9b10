package org.roguewatch.agent;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.observe.CellIdentity;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.Radio;
import org.roguewatch.spool.Spool;
import org.roguewatch.uplink.ObservationBatchCodec;
import org.roguewatch.uplink.RecordType;
import org.roguewatch.uplink.WireFormat;

/**
 * Edge folding's output: spools a cell's observation whenever it changed since it was last
 * shipped (a snapshot replaces the previous one at the analyzer), in batches of at most
 * {@code batchSize}. What the agent ships is cumulative per cell, so a dropped snapshot is
 * made good by the next.
 */
final class SnapshotShipper {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SnapshotShipper.class);
    /** What one frame may carry, less room for the sequence in front of the batch. */
    static final int MAX_BATCH_BYTES = WireFormat.DEFAULT_MAX_PAYLOAD - 16;

    /** A cell as one source sees it over its lifetime. */
    private record CellKey(String source, Radio radio, int channel, CellIdentity identity, Instant firstSeen) {
    }

    /** Enough of an observation to tell that it changed. */
    private record Fingerprint(Instant lastSeen, long signalSamples, int fields, long messages, int transactions) {
        static Fingerprint of(CellObservation observation) {
            long messages = 0;
            for (long count : observation.messages().values()) {
                messages += count;
            }
            return new Fingerprint(observation.lastSeen(), observation.signal().samples(), observation.fields().size(),
                    messages, observation.transactions().size());
        }
    }

    private final Spool spool;
    private final int batchSize;
    private final ObservationBatchCodec codec = new ObservationBatchCodec();
    private final Map<CellKey, Fingerprint> shipped = new HashMap<>();
    private long observationsShipped;
    private long oversize;

    SnapshotShipper(Spool spool, int batchSize) {
        this.spool = spool;
        this.batchSize = batchSize;
    }

    /** Spools the changed observations of one source; returns how many. */
    synchronized int ship(String source, List<CellObservation> observations) throws IOException {
        List<CellObservation> changed = new ArrayList<>();
        for (CellObservation observation : observations) {
            CellKey key = new CellKey(source, observation.radio(), observation.channel(), observation.identity(),
                    observation.firstSeen());
            Fingerprint fingerprint = Fingerprint.of(observation);
            if (!fingerprint.equals(shipped.get(key))) {
                changed.add(observation);
                shipped.put(key, fingerprint);
            }
        }
        int spooled = 0;
        for (int from = 0; from < changed.size(); from += batchSize) {
            spooled += append(changed.subList(from, Math.min(changed.size(), from + batchSize)));
        }
        observationsShipped += spooled;
        return spooled;
    }

    /**
     * Spools a batch, halving it until it fits in one frame; an observation too large for a frame
     * on its own (a cell with an enormous transaction log) is logged and counted, not spooled, so
     * it can never block the uplink.
     */
    private int append(List<CellObservation> batch) throws IOException {
        byte[] payload = codec.encode(batch);
        if (payload.length <= MAX_BATCH_BYTES) {
            spool.append(RecordType.OBSERVATION_BATCH, payload);
            return batch.size();
        }
        if (batch.size() == 1) {
            oversize++;
            LOG.error("observation {} encodes to {} bytes, over the {} a frame carries; not shipped ({} so far)",
                    batch.get(0), payload.length, MAX_BATCH_BYTES, oversize);
            return 0;
        }
        int half = batch.size() / 2;
        return append(batch.subList(0, half)) + append(batch.subList(half, batch.size()));
    }

    synchronized long oversize() {
        return oversize;
    }

    synchronized long observationsShipped() {
        return observationsShipped;
    }
}
