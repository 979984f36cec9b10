package org.roguewatch.lte.rrc;

/**
 * One UTRA carrier of SIB6 (TS 36.331 6.3.1 CarrierFreqUTRA-FDD / CarrierFreqUTRA-TDD).
 *
 * @param uarfcn                  carrierFreq (ARFCN-ValueUTRA)
 * @param cellReselectionPriority 0..7, or null when absent
 * @param threshXHigh             ReselectionThreshold IE value (2 × value dB)
 * @param threshXLow              ReselectionThreshold IE value
 * @param qRxLevMin               IE value -60..-13 (level 2 × value + 1 dBm, TS 25.304)
 * @param pMaxUtra                dBm, -50..33
 * @param qQualMin                dB, -24..0 for FDD; null for TDD, which has no such field
 */
public record UtraCarrier(int uarfcn, Integer cellReselectionPriority, int threshXHigh, int threshXLow,
                          int qRxLevMin, int pMaxUtra, Integer qQualMin) {
}
