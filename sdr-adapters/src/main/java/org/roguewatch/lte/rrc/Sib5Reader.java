package org.roguewatch.lte.rrc;

import static org.roguewatch.lte.rrc.SibIeReader.enumerated;
import static org.roguewatch.lte.rrc.SibIeReader.reselectionThreshold;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.lte.per.PerReader;

/** Reads SystemInformationBlockType5 (TS 36.331 6.3.1). */
final class Sib5Reader {
    private Sib5Reader() {
    }

    static Sib5 read(PerReader in) {
        boolean extended = in.extensionBit();
        int count = in.constrainedInt(1, 8); // InterFreqCarrierFreqList SIZE (1..maxFreq)
        List<InterFreqCarrier> carriers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            carriers.add(carrier(in));
        }
        // lateNonCriticalExtension, [[interFreqCarrierFreqList-v1250, …Ext-r12]], … each an open type
        SibIeReader.skipExtensionAdditions(in, extended);
        return new Sib5(carriers);
    }

    /** InterFreqCarrierFreqInfo. */
    private static InterFreqCarrier carrier(PerReader in) {
        boolean extended = in.extensionBit();
        // p-Max, t-ReselectionEUTRA-SF, cellReselectionPriority, q-OffsetFreq (DEFAULT dB0),
        // interFreqNeighCellList, interFreqBlackCellList
        boolean[] present = in.optionals(6);
        int dlCarrierFreq = SibIeReader.earfcn(in);
        int qRxLevMin = SibIeReader.qRxLevMin(in);
        Integer pMax = present[0] ? SibIeReader.pMax(in) : null;
        int tReselection = SibIeReader.tReselection(in);
        if (present[1]) {
            SibIeReader.skipSpeedStateScaleFactors(in);
        }
        int threshXHigh = reselectionThreshold(in);
        int threshXLow = reselectionThreshold(in);
        int allowedMeasBandwidthRb = enumerated(in, SibValueTables.BANDWIDTH_RB);
        boolean presenceAntennaPort1 = in.bit();
        Integer priority = present[2] ? SibIeReader.priority(in) : null;
        int neighCellConfig = in.bits(2);
        int qOffsetFreqDb = present[3] ? SibIeReader.qOffsetDb(in) : 0;
        if (present[4]) {
            int neighbours = in.constrainedInt(1, 16); // InterFreqNeighCellList SIZE (1..maxCellInter)
            for (int i = 0; i < neighbours; i++) {
                SibIeReader.pci(in);
                SibIeReader.qOffsetDb(in); // q-OffsetCell
            }
        }
        if (present[5]) {
            int black = in.constrainedInt(1, 16); // InterFreqBlackCellList SIZE (1..maxCellBlack)
            for (int i = 0; i < black; i++) {
                SibIeReader.pciRange(in);
            }
        }
        // [[q-QualMin-r9, threshX-Q-r9]], [[q-QualMinWB-r11]]
        SibIeReader.skipExtensionAdditions(in, extended);
        return new InterFreqCarrier(dlCarrierFreq, qRxLevMin, pMax, tReselection, threshXHigh, threshXLow,
                allowedMeasBandwidthRb, presenceAntennaPort1, priority, neighCellConfig, qOffsetFreqDb);
    }
}
