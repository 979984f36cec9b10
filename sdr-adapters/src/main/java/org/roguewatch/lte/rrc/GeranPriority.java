package org.roguewatch.lte.rrc;

import java.util.List;

/**
 * A dedicated priority for a group of GERAN carriers (TS 36.331 FreqsPriorityGERAN).
 *
 * @param arfcns   the expanded CarrierFreqsGERAN set, starting ARFCN first
 * @param band     "dcs1800" or "pcs1900" (how ARFCNs 512..810 are read)
 * @param priority CellReselectionPriority, 0..7
 */
public record GeranPriority(List<Integer> arfcns, String band, int priority) {
    public GeranPriority {
        arfcns = List.copyOf(arfcns);
    }
}
