package org.roguewatch.sim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Plans BA lists as an operator does: the BCCH carriers of the nearest other cells (co-sited
 * sectors first), without the cell's own carrier, trimmed until they fit one 16-octet list.
 */
final class NeighbourPlanner {
    private NeighbourPlanner() {
    }

    static List<GsmCell> withNeighbours(List<GsmCell> cells, LocalFrame frame, int count) {
        List<GsmCell> out = new ArrayList<>(cells.size());
        for (GsmCell cell : cells) {
            out.add(cell.withNeighbours(nearest(frame.toLocal(cell.track().first()), cell.id(), cell.arfcn(), cells,
                    frame, count)));
        }
        return out;
    }

    /** BCCH ARFCNs of the {@code count} cells nearest {@code from} (other than {@code selfId}), ascending. */
    static List<Integer> nearest(Xy from, String selfId, int ownArfcn, List<GsmCell> cells, LocalFrame frame,
                                 int count) {
        List<GsmCell> others = new ArrayList<>();
        for (GsmCell cell : cells) {
            if (!cell.id().equals(selfId)) {
                others.add(cell);
            }
        }
        // Whole metres, then the cell identity: equidistant cells (a hex ring) come in the same
        // order whether the network was generated or read back from its plan.
        others.sort(Comparator.comparingLong((GsmCell c) -> Math.round(from.distanceTo(frame.toLocal(c.track().first()))))
                .thenComparing(GsmCell::mcc).thenComparing(GsmCell::mnc).thenComparingInt(GsmCell::lac)
                .thenComparingInt(GsmCell::ci).thenComparing(GsmCell::id));
        List<Integer> byDistance = new ArrayList<>();
        for (GsmCell cell : others) {
            if (byDistance.size() >= count) {
                break;
            }
            if (cell.arfcn() != ownArfcn && !byDistance.contains(cell.arfcn())) {
                byDistance.add(cell.arfcn());
            }
        }
        while (!ArfcnLists.fits(byDistance)) {
            byDistance.remove(byDistance.size() - 1);
        }
        return new ArrayList<>(new TreeSet<>(byDistance));
    }
}
