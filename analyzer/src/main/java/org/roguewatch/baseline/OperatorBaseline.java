package org.roguewatch.baseline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.roguewatch.observe.CellField;
import org.roguewatch.observe.GsmFields;
import org.roguewatch.observe.Radio;

/**
 * What one operator's cells of one radio normally broadcast, learned from benign observations: which
 * messages they send, whether they offer GPRS, the values of the {@link TrackedFields tracked
 * parameters}, how many neighbours they list and which ciphers they command.
 *
 * <p>Every statistic counts cells, and says how many cells it rests on, so a detector can refuse to
 * judge from too few: the queries taking {@code minCells} answer {@code true} (or a range) only when
 * the baseline holds at least that many cells for the statistic, which makes "not enough evidence"
 * the same as "nothing to report".
 *
 * <p>Immutable.
 */
public final class OperatorBaseline {
    /**
     * How far below "every cell" a fraction may fall and still count as "always": a probe that
     * listened briefly can miss a message a cell does send. With fewer than 20 cells it means all.
     */
    public static final double DEFAULT_TOLERANCE = 0.05;
    /** The fraction of cells at or above which {@link #alwaysSends(String)} holds. */
    public static final double DEFAULT_ALWAYS_THRESHOLD = 1.0 - DEFAULT_TOLERANCE;

    private final Radio radio;
    private final String mcc;
    private final String mnc;
    private final int cells;
    private final SortedMap<String, Integer> messageCells;
    private final ValueTally gprs;
    private final ValueTally neighbours;
    private final Map<CellField<?>, ValueTally> fields;

    /**
     * @param cells        cells learned, at least one
     * @param messageCells cells that sent each message name at least once
     * @param gprs         cells whose GPRS support was heard, by {@code true}/{@code false}
     * @param neighbours   cells whose SI2 neighbour list was heard, by list size
     * @param fields       tallies of tracked fields; a tracked field missing here was never heard
     */
    OperatorBaseline(Radio radio, String mcc, String mnc, int cells, Map<String, Integer> messageCells,
                     ValueTally gprs, ValueTally neighbours, Map<CellField<?>, ValueTally> fields) {
        this.radio = Objects.requireNonNull(radio);
        this.mcc = Objects.requireNonNull(mcc);
        this.mnc = Objects.requireNonNull(mnc);
        if (cells < 1) {
            throw new IllegalArgumentException("an operator baseline needs at least one cell, not " + cells);
        }
        this.cells = cells;
        this.messageCells = Collections.unmodifiableSortedMap(new TreeMap<>(messageCells));
        this.gprs = Objects.requireNonNull(gprs);
        this.neighbours = Objects.requireNonNull(neighbours);
        Map<CellField<?>, ValueTally> ordered = new LinkedHashMap<>();
        for (CellField<?> field : TrackedFields.of(radio)) {
            ValueTally tally = fields.get(field);
            ordered.put(field, tally == null ? ValueTally.NONE : tally);
        }
        for (CellField<?> field : fields.keySet()) {
            if (!ordered.containsKey(field)) {
                throw new IllegalArgumentException(field + " is not a tracked " + radio + " field");
            }
        }
        this.fields = Collections.unmodifiableMap(ordered);
    }

    public Radio radio() {
        return radio;
    }

    public String mcc() {
        return mcc;
    }

    public String mnc() {
        return mnc;
    }

    /** {@code "262-02"}. */
    public String plmn() {
        return mcc + "-" + mnc;
    }

    /** How many cells were learned (cells heard by several probes, or in several captures, count once). */
    public int cells() {
        return cells;
    }

    // ---- messages ------------------------------------------------------------------------------

    /** Cells that sent each message at least once, by message name (e.g. "System Information Type 2quater"). */
    public SortedMap<String, Integer> messageCells() {
        return messageCells;
    }

    /** Fraction of the learned cells that sent this message at least once. */
    public double messageFraction(String messageName) {
        return (double) messageCells.getOrDefault(messageName, 0) / cells;
    }

    /** Whether at least {@link #DEFAULT_ALWAYS_THRESHOLD} of the cells sent the message. */
    public boolean alwaysSends(String messageName) {
        return alwaysSends(messageName, DEFAULT_ALWAYS_THRESHOLD, 1);
    }

    /** As {@link #alwaysSends(String)}, and false unless at least {@code minCells} cells were learned. */
    public boolean alwaysSends(String messageName, int minCells) {
        return alwaysSends(messageName, DEFAULT_ALWAYS_THRESHOLD, minCells);
    }

    /**
     * Whether at least {@code threshold} (0..1] of the cells sent the message, judged only when at
     * least {@code minCells} cells were learned (false otherwise).
     */
    public boolean alwaysSends(String messageName, double threshold, int minCells) {
        checkThreshold(threshold);
        return cells >= minCells && messageFraction(messageName) >= threshold;
    }

    // ---- GPRS ----------------------------------------------------------------------------------

    /**
     * Cells whose GPRS support was heard, by whether they offer it. A GSM cell offers GPRS when its
     * SI3/SI4 rest octets carry the GPRS indicator (TS 44.018 10.5.2.34/35) or it sends SI13.
     */
    public ValueTally gprsTally() {
        return gprs;
    }

    /** Cells whose GPRS support was heard at all: the number {@link #gprsFraction()} rests on. */
    public int gprsCells() {
        return gprs.cells();
    }

    /** Fraction of the cells with known GPRS support that offer it; NaN when no cell's was heard. */
    public double gprsFraction() {
        return gprs.cells() == 0 ? Double.NaN : (double) gprs.cellsWith(Boolean.TRUE) / gprs.cells();
    }

    public boolean allSendGprs() {
        return allSendGprs(DEFAULT_ALWAYS_THRESHOLD, 1);
    }

    public boolean allSendGprs(int minCells) {
        return allSendGprs(DEFAULT_ALWAYS_THRESHOLD, minCells);
    }

    /** Whether at least {@code threshold} of at least {@code minCells} cells with known GPRS support offer it. */
    public boolean allSendGprs(double threshold, int minCells) {
        checkThreshold(threshold);
        return gprs.cells() >= Math.max(1, minCells) && gprsFraction() >= threshold;
    }

    // ---- parameter values ----------------------------------------------------------------------

    /**
     * The tally of a tracked field's values.
     *
     * @throws IllegalArgumentException if the field is not {@linkplain TrackedFields tracked} for this radio
     */
    public ValueTally tally(CellField<?> field) {
        ValueTally tally = fields.get(field);
        if (tally == null) {
            throw new IllegalArgumentException(field + " is not learned for " + radio + " (see TrackedFields)");
        }
        return tally;
    }

    /** Cells in which the field was heard: the number {@link #valuesSeen} rests on. */
    public int cellsWith(CellField<?> field) {
        return tally(field).cells();
    }

    /** Every value the field took in some learned cell, ascending. */
    public Set<Object> valuesSeen(CellField<?> field) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(tally(field).cellsByValue().keySet()));
    }

    /** Whether some learned cell carried this value of the field. */
    public boolean seen(CellField<?> field, Object value) {
        checkType(field, value);
        return tally(field).cellsWith(value) > 0;
    }

    /** Fraction of the cells that carried the field in which it took this value; NaN when it was never heard. */
    public double valueFraction(CellField<?> field, Object value) {
        checkType(field, value);
        ValueTally tally = tally(field);
        return tally.cells() == 0 ? Double.NaN : (double) tally.cellsWith(value) / tally.cells();
    }

    /**
     * Whether the value is unlike every learned cell: the field was heard in at least {@code minCells}
     * cells and none carried this value.
     */
    public boolean neverSeen(CellField<?> field, Object value, int minCells) {
        return cellsWith(field) >= Math.max(1, minCells) && !seen(field, value);
    }

    /**
     * The A5 algorithms commanded in GSM Ciphering Mode Commands (0 = no ciphering), ascending;
     * {@code cellsWith(GsmFields.CIPHER_ALGORITHM)} says how many cells this rests on.
     */
    public Set<Integer> cipherAlgorithms() {
        ValueTally tally = fields.getOrDefault(GsmFields.CIPHER_ALGORITHM, ValueTally.NONE);
        Set<Integer> out = new TreeSet<>();
        for (Object value : tally.cellsByValue().keySet()) {
            out.add((Integer) value);
        }
        return Collections.unmodifiableSet(out);
    }

    // ---- neighbours ----------------------------------------------------------------------------

    /** Cells whose SI2 neighbour list (BA list) was heard, by its number of ARFCNs. */
    public ValueTally neighbourTally() {
        return neighbours;
    }

    /** Cells whose neighbour list was heard: the number {@link #neighbourCount()} rests on. */
    public int neighbourCells() {
        return neighbours.cells();
    }

    /**
     * The range of neighbour-list sizes (SI2 BA list) of the learned cells; empty when no cell's
     * list was heard. A cell whose list changed counts once for each size it had.
     */
    public Optional<IntRange> neighbourCount() {
        return neighbourCount(1);
    }

    /** As {@link #neighbourCount()}, empty unless at least {@code minCells} cells' lists were heard. */
    public Optional<IntRange> neighbourCount(int minCells) {
        if (neighbours.cells() < Math.max(1, minCells)) {
            return Optional.empty();
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        long sum = 0;
        long weight = 0;
        for (Map.Entry<Object, Integer> entry : neighbours.cellsByValue().entrySet()) {
            int size = (Integer) entry.getKey();
            min = Math.min(min, size);
            max = Math.max(max, size);
            sum += (long) size * entry.getValue();
            weight += entry.getValue();
        }
        return Optional.of(new IntRange(min, max, (double) sum / weight));
    }

    /** The tracked fields' tallies in report order, never-heard fields included with {@link ValueTally#NONE}. */
    public Map<CellField<?>, ValueTally> fieldTallies() {
        return fields;
    }

    private static void checkThreshold(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], not " + threshold);
        }
    }

    private static void checkType(CellField<?> field, Object value) {
        if (!field.type().isInstance(value)) {
            throw new IllegalArgumentException(field + " holds " + field.type().getSimpleName() + " values, not "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OperatorBaseline that && radio == that.radio && mcc.equals(that.mcc)
                && mnc.equals(that.mnc) && cells == that.cells && messageCells.equals(that.messageCells)
                && gprs.equals(that.gprs) && neighbours.equals(that.neighbours) && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(radio, mcc, mnc, cells, messageCells, gprs, neighbours, fields);
    }

    @Override
    public String toString() {
        return radio + " " + plmn() + " (" + cells + " cells)";
    }
}
