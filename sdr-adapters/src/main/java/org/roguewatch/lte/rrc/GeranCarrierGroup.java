package org.roguewatch.lte.rrc;

import java.util.List;

/**
 * One group of GERAN carriers in SIB7 (TS 36.331 6.3.1 CarrierFreqsInfoGERAN) with the ARFCNs of
 * its CarrierFreqsGERAN (6.3.4) expanded.
 *
 * @param startingArfcn           startingARFCN, the group's first ARFCN
 * @param bandIndicator           "dcs1800" or "pcs1900": how ARFCNs 512..810 are meant
 * @param arfcns                  every ARFCN of the group, starting with {@code startingArfcn}, in the
 *                                order CarrierFreqsGERAN defines them (explicit list order, or
 *                                ascending offsets for equally spaced and bitmap forms, modulo 1024)
 * @param cellReselectionPriority 0..7, or null when absent
 * @param nccPermitted            ncc-Permitted, 8 bits: NCC 0 is the leading bit
 * @param qRxLevMin               IE value 0..45 (level 2 × value − 115 dBm)
 * @param pMaxGeran               p-MaxGERAN, dBm 0..39, or null when absent
 * @param threshXHigh             ReselectionThreshold IE value (2 × value dB)
 * @param threshXLow              ReselectionThreshold IE value
 */
public record GeranCarrierGroup(int startingArfcn, String bandIndicator, List<Integer> arfcns,
                                Integer cellReselectionPriority, int nccPermitted, int qRxLevMin, Integer pMaxGeran,
                                int threshXHigh, int threshXLow) {
    public GeranCarrierGroup {
        arfcns = List.copyOf(arfcns);
    }
}
