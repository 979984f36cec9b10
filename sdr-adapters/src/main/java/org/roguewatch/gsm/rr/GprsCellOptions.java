package org.roguewatch.gsm.rr;

/**
 * GPRS Cell Options IE (TS 44.060 12.24), coded values as sent.
 *
 * @param networkOperationMode NMO: 0 = mode I, 1 = mode II, 2 = mode III
 * @param t3168                T3168 code
 * @param t3192                T3192 code
 * @param drxTimerMax          DRX_TIMER_MAX code
 * @param accessBurstType      ACCESS_BURST_TYPE: true = 11-bit access bursts
 * @param controlAckType       CONTROL_ACK_TYPE: true = RLC/MAC control block by default
 * @param bsCvMax              BS_CV_MAX
 * @param panDec               PAN_DEC, or {@code null} when the PAN fields are absent
 * @param panInc               PAN_INC, or {@code null} when the PAN fields are absent
 * @param panMax               PAN_MAX, or {@code null} when the PAN fields are absent
 * @param extension            the Extension Information, or {@code null} when absent
 */
public record GprsCellOptions(
        int networkOperationMode,
        int t3168,
        int t3192,
        int drxTimerMax,
        boolean accessBurstType,
        boolean controlAckType,
        int bsCvMax,
        Integer panDec,
        Integer panInc,
        Integer panMax,
        GprsCellOptionsExtension extension) {

    public GprsCellOptions {
        Fields.requireRange("networkOperationMode", networkOperationMode, 2);
        Fields.requireRange("t3168", t3168, 3);
        Fields.requireRange("t3192", t3192, 3);
        Fields.requireRange("drxTimerMax", drxTimerMax, 3);
        Fields.requireRange("bsCvMax", bsCvMax, 4);
        Fields.requireRange("panDec", panDec, 3);
        Fields.requireRange("panInc", panInc, 3);
        Fields.requireRange("panMax", panMax, 3);
        if ((panDec == null) != (panInc == null) || (panDec == null) != (panMax == null)) {
            throw new IllegalArgumentException("PAN_DEC, PAN_INC and PAN_MAX are sent together or not at all");
        }
    }
}
