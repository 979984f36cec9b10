package org.roguewatch.sim.scenario;

import java.util.List;

/**
 * What an LTE cell broadcasts about reselection (TS 36.331 6.3.1, TS 36.304 5.2.4) and how busy it
 * is, as the scenario gives it: the operator's values for its cells, a rogue's own.
 *
 * @param ltePriority       cellReselectionPriority of every LTE carrier (0 lowest .. 7): the serving
 *                          frequency in SIB3, the other carriers in SIB5
 * @param geranPriority     cellReselectionPriority of the GERAN carriers in SIB7
 * @param utraNeighbours    UTRA FDD carriers (UARFCN) of SIB6; empty: no SIB6
 * @param utraPriority      their cellReselectionPriority
 * @param pagingPerMinute   paging records per minute (S-TMSI for the operator's cells)
 * @param attachesPerMinute genuine attaches per minute (authenticated; 0 for rogues, whose victims
 *                          are {@link LteRogueBehaviour#phonesPerMinute()})
 */
public record LteParameters(int ltePriority, int geranPriority, List<Integer> utraNeighbours, int utraPriority,
                            double pagingPerMinute, double attachesPerMinute) {
    public LteParameters {
        utraNeighbours = List.copyOf(utraNeighbours);
    }

    /**
     * A typical operator: every LTE layer at priority 5, GERAN at 2 (what SI2quater's defaults say
     * from the GSM side), UTRA at 3, no UTRA carriers, 4 pages and 1 attach per minute.
     */
    public static LteParameters operatorDefaults() {
        return new LteParameters(5, 2, List.of(), 3, 4, 1);
    }

    /** Whether SIB6/SIB7 give a legacy RAT a higher priority than LTE (TS 36.304 5.2.4.5: UEs then leave LTE). */
    public boolean prefersLegacyRat() {
        return geranPriority > ltePriority || (!utraNeighbours.isEmpty() && utraPriority > ltePriority);
    }
}
