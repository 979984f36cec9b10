package org.roguewatch.lte.rrc;

/**
 * One E-UTRA carrier of SIB5 (TS 36.331 6.3.1 InterFreqCarrierFreqInfo). Thresholds and q-RxLevMin
 * are IE values as in {@link Sib3}; its neighbour and black cell lists are read past.
 *
 * @param dlCarrierFreq           dl-CarrierFreq, EARFCN
 * @param qRxLevMin               q-RxLevMin IE value
 * @param pMax                    p-Max, dBm, or null when absent
 * @param tReselectionEutra       seconds (0..7)
 * @param threshXHigh             threshX-High
 * @param threshXLow              threshX-Low
 * @param allowedMeasBandwidthRb  resource blocks
 * @param presenceAntennaPort1    presenceAntennaPort1
 * @param cellReselectionPriority 0..7, or null when absent (the UE gives the frequency no priority)
 * @param neighCellConfig         the 2-bit string as a number
 * @param qOffsetFreqDb           q-OffsetFreq, dB (DEFAULT dB0 when absent)
 */
public record InterFreqCarrier(int dlCarrierFreq, int qRxLevMin, Integer pMax, int tReselectionEutra,
                               int threshXHigh, int threshXLow, int allowedMeasBandwidthRb,
                               boolean presenceAntennaPort1, Integer cellReselectionPriority, int neighCellConfig,
                               int qOffsetFreqDb) {
}
