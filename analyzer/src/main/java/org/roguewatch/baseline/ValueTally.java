package org.roguewatch.baseline;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many learned cells carried a parameter at all, and how many carried each of its values.
 * A cell whose parameter changed while it was observed counts toward each value it took, so the
 * per-value counts may add up to more than {@link #cells()}.
 *
 * @param cells        cells in which the parameter was heard: the number of cells this rests on
 * @param cellsByValue cells that carried each value at least once, in ascending order of value
 */
public record ValueTally(int cells, Map<Object, Integer> cellsByValue) {
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<Object> NATURAL = (a, b) -> ((Comparable) a).compareTo(b);

    /** A statistic heard in no cell. */
    public static final ValueTally NONE = new ValueTally(0, Map.of());

    public ValueTally {
        Objects.requireNonNull(cellsByValue);
        if (cells < 0) {
            throw new IllegalArgumentException("negative cell count " + cells);
        }
        Map<Object, Integer> sorted = new LinkedHashMap<>();
        for (Object value : cellsByValue.keySet().stream().sorted(NATURAL).toList()) {
            sorted.put(value, cellsByValue.get(value));
        }
        cellsByValue = Collections.unmodifiableMap(sorted);
    }

    /** Cells that carried this value at least once (0 for a value never seen). */
    public int cellsWith(Object value) {
        return cellsByValue.getOrDefault(value, 0);
    }
}
