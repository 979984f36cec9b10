package org.roguewatch.lte.rrc;

/**
 * SystemInformationBlockType3 (TS 36.331 6.3.1): cell re-selection common to all frequencies and
 * for the serving frequency. Thresholds are IE values (ReselectionThreshold 0..31 means 2 × value
 * dB); q-RxLevMin is the IE value (-70..-22, level 2 × value dBm).
 *
 * @param qHystDb                   q-Hyst, dB
 * @param cellReselectionPriority   priority of the serving frequency, 0 (lowest) .. 7
 * @param sNonIntraSearch           s-NonIntraSearch, or null when absent (always measure)
 * @param threshServingLow          threshServingLow
 * @param qRxLevMin                 intra-frequency q-RxLevMin
 * @param sIntraSearch              s-IntraSearch, or null when absent (always measure)
 * @param tReselectionEutra         t-ReselectionEUTRA, seconds (0..7)
 * @param pMax                      p-Max, dBm, or null when absent
 * @param allowedMeasBandwidthRb    allowedMeasBandwidth, resource blocks, or null when absent
 * @param presenceAntennaPort1      presenceAntennaPort1
 * @param neighCellConfig           neighCellConfig, the 2-bit string as a number (TS 36.331 6.3.6)
 */
public record Sib3(int qHystDb, int cellReselectionPriority, Integer sNonIntraSearch, int threshServingLow,
                   int qRxLevMin, Integer sIntraSearch, int tReselectionEutra, Integer pMax,
                   Integer allowedMeasBandwidthRb, boolean presenceAntennaPort1, int neighCellConfig)
        implements SystemInformationBlock {
    @Override
    public int type() {
        return 3;
    }
}
