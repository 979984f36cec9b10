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

/**
 * Edge folding's output: spools a cell's observation whenever it changed since it was last
 * shipped (a snapshot replaces the previous one at the analyzer), in batches of at most
 * {@code batchSize}. What the agent ships is cumulative per cell, so a dropped snapshot is
 * made good by the next.
 */
final class SnapshotShipper {
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
        for (int from = 0; from < changed.size(); from += batchSize) {
            spool.append(RecordType.OBSERVATION_BATCH,
                    codec.encode(changed.subList(from, Math.min(changed.size(), from + batchSize))));
        }
        observationsShipped += changed.size();
        return changed.size();
    }

    synchronized long observationsShipped() {
        return observationsShipped;
    }
}
