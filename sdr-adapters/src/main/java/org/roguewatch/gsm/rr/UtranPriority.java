package org.roguewatch.gsm.rr;

import java.util.List;

/**
 * UTRAN reselection priority from the 3G Priority Parameters Description (TS 44.018 10.5.2.33b):
 * either the default entry (DEFAULT_UTRAN_PRIORITY, DEFAULT_THRESH_UTRAN, DEFAULT_UTRAN_QRXLEVMIN)
 * for every 3G frequency not listed elsewhere, or one Repeated UTRAN Priority Parameters struct
 * for the frequencies named by their UTRAN_FREQUENCY_INDEX (positions in the 3G Neighbour Cell
 * list).
 *
 * @param defaultEntry     true for the DEFAULT_* parameters
 * @param frequencyIndices UTRAN_FREQUENCY_INDEX values (empty for the default entry)
 * @param priority         UTRAN_PRIORITY 0..7, or {@code null} when absent
 * @param threshHigh       THRESH_UTRAN_high (DEFAULT_THRESH_UTRAN for the default entry)
 * @param threshLow        THRESH_UTRAN_low, or {@code null} when absent (always for the default)
 * @param qRxLevMin        UTRAN_QRXLEVMIN, or {@code null} when absent
 */
public record UtranPriority(
        boolean defaultEntry,
        List<Integer> frequencyIndices,
        Integer priority,
        int threshHigh,
        Integer threshLow,
        Integer qRxLevMin) {

    public UtranPriority {
        frequencyIndices = Fields.copy(frequencyIndices);
        for (int index : frequencyIndices) {
            Fields.requireRange("frequencyIndex", index, 5);
        }
        Fields.requireRange("priority", priority, 3);
        Fields.requireRange("threshHigh", threshHigh, 5);
        Fields.requireRange("threshLow", threshLow, 5);
        Fields.requireRange("qRxLevMin", qRxLevMin, 5);
        if (defaultEntry && (!frequencyIndices.isEmpty() || threshLow != null || priority == null
                || qRxLevMin == null)) {
            throw new IllegalArgumentException("the default UTRAN entry has a priority, a threshold and a "
                    + "QRXLEVMIN, and neither frequency indices nor THRESH_UTRAN_low");
        }
    }

    /** The DEFAULT_UTRAN_* parameters. */
    public static UtranPriority defaults(int priority, int thresh, int qRxLevMin) {
        return new UtranPriority(true, List.of(), priority, thresh, null, qRxLevMin);
    }
}
