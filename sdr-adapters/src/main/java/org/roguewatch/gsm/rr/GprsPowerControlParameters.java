package org.roguewatch.gsm.rr;

/**
 * GPRS Power Control Parameters IE (TS 44.060 12.9a), coded values as sent.
 *
 * @param alpha      ALPHA (0..10 in steps of 0.1)
 * @param tAvgW      T_AVG_W
 * @param tAvgT      T_AVG_T
 * @param pcMeasChan PC_MEAS_CHAN: true = downlink measurements on PDCH, false = on BCCH
 * @param nAvgI      N_AVG_I
 */
public record GprsPowerControlParameters(int alpha, int tAvgW, int tAvgT, boolean pcMeasChan, int nAvgI) {

    public GprsPowerControlParameters {
        Fields.requireRange("alpha", alpha, 4);
        Fields.requireRange("tAvgW", tAvgW, 5);
        Fields.requireRange("tAvgT", tAvgT, 5);
        Fields.requireRange("nAvgI", nAvgI, 4);
    }
}
