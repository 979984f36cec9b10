package org.roguewatch.gsm.rr;

/**
 * Serving Cell Priority Parameters Description (TS 44.018 10.5.2.33b, table 10.5.2.33b.1): the
 * priority a GSM cell claims for itself in priority-based reselection (TS 45.008 6.6.6). A GSM
 * cell that ranks GERAN above the E-UTRAN frequencies it lists tells phones to stay on (or fall
 * back to) 2G, which is what a downgrade attack wants.
 *
 * @param geranPriority         GERAN_PRIORITY, 0 (lowest) .. 7 (highest)
 * @param threshPrioritySearch  THRESH_Priority_Search, 4-bit code (0..15)
 * @param threshGsmLow          THRESH_GSM_low, 4-bit code (0..15)
 * @param hPrio                 H_PRIO, 2-bit code (0 = disabled)
 * @param tReselection          T_Reselection, 2-bit code (5, 10, 15, 20 s)
 */
public record ServingCellPriority(
        int geranPriority,
        int threshPrioritySearch,
        int threshGsmLow,
        int hPrio,
        int tReselection) {

    public ServingCellPriority {
        Fields.requireRange("geranPriority", geranPriority, 3);
        Fields.requireRange("threshPrioritySearch", threshPrioritySearch, 4);
        Fields.requireRange("threshGsmLow", threshGsmLow, 4);
        Fields.requireRange("hPrio", hPrio, 2);
        Fields.requireRange("tReselection", tReselection, 2);
    }
}
