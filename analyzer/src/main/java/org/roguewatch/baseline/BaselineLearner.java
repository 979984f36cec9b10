package org.roguewatch.baseline;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.roguewatch.observe.CellIdentity;
import org.roguewatch.observe.CellObservation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns a {@link Baseline} from observations of cells known to be benign. Observations of the same
 * cell (same radio, MCC, MNC, LAC, CI and channel), from several probes or captures, are merged into
 * one cell first, so a cell heard twice counts once and a message one probe missed still counts.
 * Observations without a well-formed MCC and MNC cannot be given to an operator: they are ignored
 * and counted. Not thread-safe; {@link #build()} may be called at any time and again later.
 */
public final class BaselineLearner {
    private static final Logger LOG = LoggerFactory.getLogger(BaselineLearner.class);

    private record CellKey(OperatorKey operator, Integer lac, Integer ci, int channel) {
    }

    private final Map<CellKey, CellTraits> cells = new HashMap<>();
    private long accepted;
    private long ignored;

    /**
     * Learns from one benign observation.
     *
     * @return true if it was learned, false if it was ignored for want of an MCC and MNC
     */
    public boolean accept(CellObservation observation) {
        Objects.requireNonNull(observation, "observation");
        CellIdentity identity = observation.identity();
        if (!OperatorKey.valid(identity.mcc(), identity.mnc())) {
            ignored++;
            LOG.debug("baseline: ignoring {} channel {} from probe {}: no MCC/MNC heard", observation.radio(),
                    observation.channel(), observation.probeId());
            return false;
        }
        OperatorKey operator = new OperatorKey(observation.radio(), identity.mcc(), identity.mnc());
        CellKey key = new CellKey(operator, identity.lac(), identity.ci(), observation.channel());
        cells.computeIfAbsent(key, k -> new CellTraits()).add(observation);
        accepted++;
        return true;
    }

    public void acceptAll(Collection<CellObservation> observations) {
        observations.forEach(this::accept);
    }

    /** Observations learned from. */
    public long accepted() {
        return accepted;
    }

    /** Observations ignored because no MCC/MNC was heard. */
    public long ignored() {
        return ignored;
    }

    /** Distinct cells learned so far, over all operators. */
    public int cells() {
        return cells.size();
    }

    /** The baseline of everything accepted so far. */
    public Baseline build() {
        Map<OperatorKey, OperatorTally> tallies = new TreeMap<>();
        cells.forEach((key, traits) -> tallies
                .computeIfAbsent(key.operator(), op -> new OperatorTally(op.radio(), op.mcc(), op.mnc()))
                .addCell(traits));
        return Baseline.of(tallies.values().stream().map(OperatorTally::freeze).toList());
    }
}
