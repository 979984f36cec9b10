package org.roguewatch.detect;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.roguewatch.baseline.Baseline;
import org.roguewatch.baseline.OperatorBaseline;
import org.roguewatch.observe.CellIdentity;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.Radio;
import org.roguewatch.registry.CellPlan;

/**
 * What detectors may compare a cell with: the operator's plan and policy, the learned baseline,
 * and every other cell the probes heard (indexed once, so per-cell checks stay cheap).
 */
public final class DetectionContext {
    private record ProbeChannel(String probe, Radio radio, int channel) {
    }

    private record ProbeArea(String probe, String plmn, int areaCode) {
    }

    private final CellPlan plan;
    private final OperatorPolicy policy;
    private final Baseline baseline;
    private final Set<String> planPlmns;
    private final Map<ProbeChannel, CellObservation> byChannel = new HashMap<>();
    private final Map<ProbeArea, Integer> cellsPerArea = new HashMap<>();
    private final Map<String, Integer> cellsPerProbe = new HashMap<>();
    private final Map<String, Instant[]> probeSpans = new HashMap<>();

    /**
     * @param plan     the operator's cell plan, or null when none was given (plan checks then do not run)
     * @param baseline the learned baseline, or null
     */
    public DetectionContext(CellPlan plan, OperatorPolicy policy, Baseline baseline, List<CellHistory> cells) {
        this.plan = plan;
        this.policy = policy;
        this.baseline = baseline;
        this.planPlmns = plan == null ? Set.of() : plan.plmns();
        for (CellHistory cell : cells) {
            for (CellObservation observation : cell.observations()) {
                index(observation);
            }
        }
    }

    private void index(CellObservation observation) {
        String probe = observation.probeId();
        byChannel.put(new ProbeChannel(probe, observation.radio(), observation.channel()), observation);
        cellsPerProbe.merge(probe, 1, Integer::sum);
        CellIdentity identity = observation.identity();
        if (identity.mcc() != null && identity.mnc() != null && identity.lac() != null) {
            cellsPerArea.merge(new ProbeArea(probe, identity.mcc() + "-" + identity.mnc(), identity.lac()), 1,
                    Integer::sum);
        }
        Instant[] span = probeSpans.computeIfAbsent(probe, p -> new Instant[2]);
        if (observation.firstSeen() != null && (span[0] == null || observation.firstSeen().isBefore(span[0]))) {
            span[0] = observation.firstSeen();
        }
        if (observation.lastSeen() != null && (span[1] == null || observation.lastSeen().isAfter(span[1]))) {
            span[1] = observation.lastSeen();
        }
    }

    public boolean hasPlan() {
        return plan != null;
    }

    /** The plan; only meaningful when {@link #hasPlan()}. */
    public CellPlan plan() {
        return plan == null ? CellPlan.empty() : plan;
    }

    public OperatorPolicy policy() {
        return policy;
    }

    public Optional<OperatorBaseline> baselineFor(CellHistory cell) {
        CellIdentity identity = cell.identity();
        if (baseline == null || identity.mcc() == null || identity.mnc() == null) {
            return Optional.empty();
        }
        return baseline.forOperator(cell.radio(), identity.mcc(), identity.mnc());
    }

    /**
     * Whether a PLMN is the operator's own: configured as home, or present in its plan. When neither
     * names any PLMN, every PLMN counts as own (the analyzer runs on the operator's behalf).
     */
    public boolean isOwnPlmn(String plmn) {
        if (policy.homePlmns().contains(plmn) || planPlmns.contains(plmn)) {
            return true;
        }
        return policy.homePlmns().isEmpty() && planPlmns.isEmpty();
    }

    /** The cell this probe heard on that channel, or null. */
    public CellObservation heardBy(String probe, Radio radio, int channel) {
        return byChannel.get(new ProbeChannel(probe, radio, channel));
    }

    /** How many cells of this PLMN and LAC/TAC the probe heard. */
    public int cellsInArea(String probe, String plmn, int areaCode) {
        return cellsPerArea.getOrDefault(new ProbeArea(probe, plmn, areaCode), 0);
    }

    public int cellsHeardBy(String probe) {
        return cellsPerProbe.getOrDefault(probe, 0);
    }

    /** When the probe heard its first frame of any cell, or null. */
    public Instant probeFirstSeen(String probe) {
        Instant[] span = probeSpans.get(probe);
        return span == null ? null : span[0];
    }

    public Instant probeLastSeen(String probe) {
        Instant[] span = probeSpans.get(probe);
        return span == null ? null : span[1];
    }
}
