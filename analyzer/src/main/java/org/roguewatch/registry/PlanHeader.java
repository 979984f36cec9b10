package org.roguewatch.registry;

import java.util.Arrays;
import java.util.StringJoiner;

/**
 * Where each {@link PlanColumn} sits in a plan file, from its header line. Columns may come in any
 * order and names are matched ignoring case; every required column must be present, an optional one
 * may be left out; an unknown or repeated name is refused, since a misspelt optional column would
 * otherwise silently leave its values blank.
 */
final class PlanHeader {
    private final int[] index = new int[PlanColumn.ALL.length];
    private final int width;

    private PlanHeader(int width) {
        this.width = width;
        Arrays.fill(index, -1);
    }

    static PlanHeader parse(CsvLine line) throws RowProblem {
        PlanHeader header = new PlanHeader(line.size());
        for (int i = 0; i < line.size(); i++) {
            String name = line.text(i);
            if (name.isEmpty()) {
                throw new RowProblem(null, "header column " + (i + 1) + " has no name");
            }
            PlanColumn column = PlanColumn.byHeader(name);
            if (column == null) {
                throw new RowProblem(name, "unknown column (expected " + expectedNames() + ")");
            }
            if (header.index[column.ordinal()] >= 0) {
                throw new RowProblem(column.header(), "column appears twice in the header (columns "
                        + (header.index[column.ordinal()] + 1) + " and " + (i + 1) + ")");
            }
            header.index[column.ordinal()] = i;
        }
        for (PlanColumn column : PlanColumn.ALL) {
            if (column.required() && header.index[column.ordinal()] < 0) {
                throw new RowProblem(column.header(), "required column is missing from the header");
            }
        }
        return header;
    }

    /** The field index of a column, or -1 when an optional column is absent. */
    int index(PlanColumn column) {
        return index[column.ordinal()];
    }

    /** How many fields every row must have. */
    int width() {
        return width;
    }

    private static String expectedNames() {
        StringJoiner names = new StringJoiner(",");
        for (PlanColumn column : PlanColumn.ALL) {
            names.add(column.header());
        }
        return names.toString();
    }
}
