package org.roguewatch.gsm.rr;

import java.util.Objects;

/**
 * One E-UTRAN neighbour frequency from a Repeated E-UTRAN Neighbour Cells struct
 * (TS 44.018 10.5.2.33b). The struct gives several EARFCNs one shared set of reselection
 * parameters; each EARFCN is flattened here into its own entry carrying those parameters.
 *
 * @param earfcn               EARFCN (16 bits; 65535 points to the Rel-11 extended EARFCN list)
 * @param measurementBandwidth Measurement Bandwidth code (0..7, TS 44.018 table 10.5.2.33b.1), or
 *                             {@code null} when absent (the MS then assumes 6 resource blocks)
 * @param priority             E-UTRAN_PRIORITY 0..7, or {@code null} when absent
 * @param threshHigh           THRESH_E-UTRAN_high, 5-bit code
 * @param threshLow            THRESH_E-UTRAN_low, 5-bit code, or {@code null} when absent
 * @param qRxLevMin            E-UTRAN_QRXLEVMIN, 5-bit code, or {@code null} when absent
 */
public record EutranNeighbourFrequency(
        int earfcn,
        Integer measurementBandwidth,
        Integer priority,
        int threshHigh,
        Integer threshLow,
        Integer qRxLevMin) {

    public EutranNeighbourFrequency {
        Fields.requireRange("earfcn", earfcn, 16);
        Fields.requireRange("measurementBandwidth", measurementBandwidth, 3);
        Fields.requireRange("priority", priority, 3);
        Fields.requireRange("threshHigh", threshHigh, 5);
        Fields.requireRange("threshLow", threshLow, 5);
        Fields.requireRange("qRxLevMin", qRxLevMin, 5);
    }

    /** True when both entries carry the same reselection parameters (so one struct can list both). */
    boolean sharesParametersWith(EutranNeighbourFrequency other) {
        return Objects.equals(priority, other.priority) && threshHigh == other.threshHigh
                && Objects.equals(threshLow, other.threshLow)
                && Objects.equals(qRxLevMin, other.qRxLevMin);
    }
}
