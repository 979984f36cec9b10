package org.roguewatch.registry;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.roguewatch.observe.Radio;

/**
 * The operator's cell plan: every cell the operator runs, loaded from a CSV file (format in
 * {@code config/cell-plan.csv}) and indexed by identity, channel and area. Immutable once loaded.
 */
public final class CellPlan {
    private static final CellPlan EMPTY = new CellPlan(new CellPlanIndex(), 0, List.of());

    private final CellPlanIndex index;
    private final int skippedRows;
    private final List<String> problems;

    CellPlan(CellPlanIndex index, int skippedRows, List<String> problems) {
        this.index = index;
        this.skippedRows = skippedRows;
        this.problems = List.copyOf(problems);
    }

    /**
     * Loads a plan file.
     *
     * @param lenient skip bad rows (counted in {@link #skippedRows()}, described in {@link #problems()})
     *                instead of refusing the plan; a missing file or a bad header is refused either way
     * @throws PlanException naming the file and, where it applies, the line and field at fault
     */
    public static CellPlan load(Path csv, boolean lenient) throws PlanException {
        return CellPlanLoader.load(csv, lenient);
    }

    /** A plan with no cells, for analysis without one. */
    public static CellPlan empty() {
        return EMPTY;
    }

    public int size() {
        return index.cells().size();
    }

    /** Every planned cell, in file order. */
    public List<PlannedCell> cells() {
        return index.cells();
    }

    /**
     * The planned cell with this identity: GSM by MCC, MNC, LAC and CI; LTE by MCC, MNC, TAC and ECI.
     * Empty when the plan has no such cell (or an argument is not a valid identity part).
     */
    public Optional<PlannedCell> find(Radio radio, String mcc, String mnc, int areaCode, long cellId) {
        return Optional.ofNullable(index.find(radio, mcc, mnc, areaCode, cellId));
    }

    /** Planned cells on an ARFCN (GSM) or EARFCN (LTE), of any operator in the plan. */
    public List<PlannedCell> onChannel(Radio radio, int channel) {
        return index.onChannel(radio, channel);
    }

    /** Planned cells in one location area (GSM) or tracking area (LTE) of one PLMN. */
    public List<PlannedCell> inArea(Radio radio, String mcc, String mnc, int areaCode) {
        return index.inArea(radio, mcc, mnc, areaCode);
    }

    public boolean hasArea(Radio radio, String mcc, String mnc, int areaCode) {
        return !inArea(radio, mcc, mnc, areaCode).isEmpty();
    }

    /** The PLMNs the plan has cells of, as "MCC-MNC" ("262-02"), sorted. */
    public Set<String> plmns() {
        return index.plmns();
    }

    /** Bad rows skipped under lenient loading; 0 for a strict load. */
    public int skippedRows() {
        return skippedRows;
    }

    /**
     * Why rows were skipped, one "file:line: field 'x': message" each, in file order (the first
     * {@value CellPlanLoader#MAX_PROBLEMS_KEPT}; {@link #skippedRows()} counts them all).
     */
    public List<String> problems() {
        return problems;
    }

    @Override
    public String toString() {
        return "CellPlan[" + size() + " cells, PLMNs " + plmns() + "]";
    }
}
