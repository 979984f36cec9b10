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
import org.roguewatch.registry.PlannedCell;

/**
 * What detectors may compare a cell with: the operator's plan and policy, the learned baseline,
 * and every other cell the probes heard (indexed once, so per-cell checks stay cheap).
 */
public final class DetectionContext {
    /** What one probe heard: its GSM cells by ARFCN (an array: neighbour checks look up several per cell). */
    private static final class ProbeView {
        final CellObservation[] gsmByArfcn = new CellObservation[1024];
        final Map<Integer, CellObservation> lteByEarfcn = new HashMap<>();
        final Map<Long, Integer> cellsPerArea = new HashMap<>();
        int cells;
        Instant first;
        Instant last;
    }

    private final CellPlan plan;
    private final OperatorPolicy policy;
    private final Baseline baseline;
    private final Set<String> planPlmns;
    private final Map<String, ProbeView> probes = new HashMap<>();
    private final Map<String, double[]> probeSites;
    private final Set<String> moving;

    /**
     * @param plan     the operator's cell plan, or null when none was given (plan checks then do not run)
     * @param baseline the learned baseline, or null
     */
    public DetectionContext(CellPlan plan, OperatorPolicy policy, Baseline baseline, List<CellHistory> cells) {
        this(plan, policy, baseline, cells, Map.of(), Set.of());
    }

    /**
     * @param probeSites where fixed probes stand, {lat, lon} by probe id (a fleet's roster); empty
     *                   when unknown
     * @param moving     the roster's moving probes (drive-test receivers), whose levels change with
     *                   their position rather than the cell's transmitter
     */
    public DetectionContext(CellPlan plan, OperatorPolicy policy, Baseline baseline, List<CellHistory> cells,
                            Map<String, double[]> probeSites, Set<String> moving) {
        this.probeSites = Map.copyOf(probeSites);
        this.moving = Set.copyOf(moving);
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
        ProbeView view = probes.computeIfAbsent(observation.probeId(), p -> new ProbeView());
        if (observation.radio() == Radio.GSM && observation.channel() >= 0 && observation.channel() < 1024) {
            view.gsmByArfcn[observation.channel()] = observation;
        } else {
            view.lteByEarfcn.put(observation.channel(), observation);
        }
        view.cells++;
        CellIdentity identity = observation.identity();
        if (identity.mcc() != null && identity.mnc() != null && identity.lac() != null) {
            view.cellsPerArea.merge(areaKey(identity.mcc() + "-" + identity.mnc(), identity.lac()), 1, Integer::sum);
        }
        if (observation.firstSeen() != null && (view.first == null || observation.firstSeen().isBefore(view.first))) {
            view.first = observation.firstSeen();
        }
        if (observation.lastSeen() != null && (view.last == null || observation.lastSeen().isAfter(view.last))) {
            view.last = observation.lastSeen();
        }
    }

    private static long areaKey(String plmn, int areaCode) {
        return ((long) plmn.hashCode() << 32) ^ (areaCode & 0xffffffffL);
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

    /** Whether the operator names this PLMN as its own, in its settings or its plan (a lab network may be). */
    public boolean isDeclaredOwnPlmn(String plmn) {
        return policy.homePlmns().contains(plmn) || planPlmns.contains(plmn);
    }

    /** The cell this probe heard on that channel, or null. */
    public CellObservation heardBy(String probe, Radio radio, int channel) {
        ProbeView view = probes.get(probe);
        if (view == null) {
            return null;
        }
        if (radio == Radio.GSM) {
            return channel >= 0 && channel < 1024 ? view.gsmByArfcn[channel] : null;
        }
        return view.lteByEarfcn.get(channel);
    }

    /** How many cells of this PLMN and LAC/TAC the probe heard. */
    public int cellsInArea(String probe, String plmn, int areaCode) {
        ProbeView view = probes.get(probe);
        return view == null ? 0 : view.cellsPerArea.getOrDefault(areaKey(plmn, areaCode), 0);
    }

    public int cellsHeardBy(String probe) {
        ProbeView view = probes.get(probe);
        return view == null ? 0 : view.cells;
    }

    /** When the probe heard its first frame of any cell, or null. */
    public Instant probeFirstSeen(String probe) {
        ProbeView view = probes.get(probe);
        return view == null ? null : view.first;
    }

    public Instant probeLastSeen(String probe) {
        ProbeView view = probes.get(probe);
        return view == null ? null : view.last;
    }

    /** Where a fixed probe stands, {lat, lon}, when the fleet's roster says. */
    public Optional<double[]> probeSite(String probe) {
        return Optional.ofNullable(probeSites.get(probe));
    }

    /** Whether the probe moves (a drive-test receiver with a GPS track). */
    public boolean isMoving(String probe) {
        return moving.contains(probe);
    }

    /** The plan's entry for the cell's identity (looked up once per cell), or empty. */
    public Optional<PlannedCell> planned(CellHistory cell) {
        return cell.planned(this::lookUp);
    }

    private Optional<PlannedCell> lookUp(CellHistory cell) {
        CellIdentity identity = cell.identity();
        if (plan == null || !identity.complete()) {
            return Optional.empty();
        }
        return plan.find(cell.radio(), identity.mcc(), identity.mnc(), identity.lac(), identity.ci());
    }
}
