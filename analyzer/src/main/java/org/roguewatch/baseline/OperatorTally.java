package org.roguewatch.baseline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.roguewatch.observe.CellField;
import org.roguewatch.observe.Radio;

/**
 * Counts for one operator while they are gathered, from learned cells or from a file, before they
 * become an immutable {@link OperatorBaseline}. Not thread-safe.
 */
final class OperatorTally {
    final Radio radio;
    final String mcc;
    final String mnc;
    int cells;
    final Map<String, Integer> messageCells = new TreeMap<>();
    final Counts gprs = new Counts();
    final Counts neighbours = new Counts();
    final Map<CellField<?>, Counts> fields = new HashMap<>();

    /** A tally of cells carrying a parameter and of cells per value, as {@link ValueTally}. */
    static final class Counts {
        int cells;
        final Map<Object, Integer> byValue = new HashMap<>();

        void addCell(Iterable<?> values) {
            cells++;
            for (Object value : values) {
                byValue.merge(value, 1, Integer::sum);
            }
        }

        ValueTally freeze() {
            return cells == 0 && byValue.isEmpty() ? ValueTally.NONE : new ValueTally(cells, byValue);
        }
    }

    OperatorTally(Radio radio, String mcc, String mnc) {
        this.radio = radio;
        this.mcc = mcc;
        this.mnc = mnc;
    }

    Counts field(CellField<?> field) {
        return fields.computeIfAbsent(field, f -> new Counts());
    }

    void addCell(CellTraits cell) {
        cells++;
        for (String message : cell.messages) {
            messageCells.merge(message, 1, Integer::sum);
        }
        if (cell.gprsHeard) {
            gprs.addCell(List.of(cell.gprsOffered));
        }
        if (!cell.neighbourCounts.isEmpty()) {
            neighbours.addCell(cell.neighbourCounts);
        }
        cell.values.forEach((field, values) -> field(field).addCell(values));
    }

    OperatorBaseline freeze() {
        Map<CellField<?>, ValueTally> frozen = new HashMap<>();
        fields.forEach((field, counts) -> frozen.put(field, counts.freeze()));
        return new OperatorBaseline(radio, mcc, mnc, cells, messageCells, gprs.freeze(), neighbours.freeze(), frozen);
    }
}
