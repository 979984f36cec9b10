package org.roguewatch.sim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Plans what an LTE cell names for reselection, as an operator does: in SIB5 every other LTE
 * carrier of the network (at most 8, TS 36.331 maxFreq), in SIB7 the BCCH carriers of the nearest
 * GSM cells (the GSM layer under the LTE one).
 */
final class LteNeighbourPlanner {
    /** SIB5 interFreqCarrierFreqList holds 1..maxFreq (8) carriers. */
    static final int MAX_EUTRA = 8;

    private LteNeighbourPlanner() {
    }

    static List<LteCell> withNeighbours(List<LteCell> cells, List<GsmCell> gsm, LocalFrame frame, int count) {
        List<LteCell> out = new ArrayList<>(cells.size());
        for (LteCell cell : cells) {
            out.add(cell.withNeighbours(eutra(cell.earfcn(), cells),
                    geran(frame.toLocal(cell.track().first()), gsm, frame, count)));
        }
        return out;
    }

    /** The network's LTE carriers other than {@code own}, ascending, at most {@link #MAX_EUTRA}. */
    static List<Integer> eutra(int own, List<LteCell> network) {
        TreeSet<Integer> earfcns = new TreeSet<>();
        for (LteCell cell : network) {
            if (cell.earfcn() != own) {
                earfcns.add(cell.earfcn());
            }
        }
        return earfcns.stream().limit(MAX_EUTRA).toList();
    }

    /** BCCH ARFCNs of the {@code count} GSM cells nearest {@code from}, ascending. */
    static List<Integer> geran(Xy from, List<GsmCell> gsm, LocalFrame frame, int count) {
        List<GsmCell> byDistance = new ArrayList<>(gsm);
        // Whole metres, then the identity: the same order for a generated network and its plan.
        byDistance.sort(Comparator.comparingLong((GsmCell c) -> Math.round(from.distanceTo(frame.toLocal(c.track().first()))))
                .thenComparing(GsmCell::cgi).thenComparing(GsmCell::id));
        TreeSet<Integer> arfcns = new TreeSet<>();
        for (GsmCell cell : byDistance.subList(0, Math.min(count, byDistance.size()))) {
            arfcns.add(cell.arfcn());
        }
        return List.copyOf(arfcns);
    }
}
