package org.roguewatch.lte.rrc;

import static org.roguewatch.lte.rrc.SibIeReader.enumerated;
import static org.roguewatch.lte.rrc.SibIeReader.reselectionThreshold;

import org.roguewatch.lte.per.PerReader;

/** Reads SystemInformationBlockType3 (TS 36.331 6.3.1). */
final class Sib3Reader {
    private Sib3Reader() {
    }

    static Sib3 read(PerReader in) {
        boolean extended = in.extensionBit();

        boolean speedStatePresent = in.bit(); // cellReselectionInfoCommon: speedStateReselectionPars OPTIONAL
        int qHystDb = enumerated(in, SibValueTables.Q_HYST_DB);
        if (speedStatePresent) {
            in.constrainedInt(0, 7); // MobilityStateParameters t-Evaluation s30..s240, spares
            in.constrainedInt(0, 7); // t-HystNormal
            in.constrainedInt(1, 16); // n-CellChangeMedium
            in.constrainedInt(1, 16); // n-CellChangeHigh
            in.constrainedInt(0, 3); // q-HystSF sf-Medium {dB-6, dB-4, dB-2, dB0}
            in.constrainedInt(0, 3); // sf-High
        }

        boolean sNonIntraSearchPresent = in.bit(); // cellReselectionServingFreqInfo
        Integer sNonIntraSearch = sNonIntraSearchPresent ? reselectionThreshold(in) : null;
        int threshServingLow = reselectionThreshold(in);
        int priority = SibIeReader.priority(in);

        // intraFreqCellReselectionInfo: p-Max, s-IntraSearch, allowedMeasBandwidth, t-ReselectionEUTRA-SF
        boolean[] present = in.optionals(4);
        int qRxLevMin = SibIeReader.qRxLevMin(in);
        Integer pMax = present[0] ? SibIeReader.pMax(in) : null;
        Integer sIntraSearch = present[1] ? reselectionThreshold(in) : null;
        Integer allowedMeasBandwidthRb = present[2] ? enumerated(in, SibValueTables.BANDWIDTH_RB) : null;
        boolean presenceAntennaPort1 = in.bit();
        int neighCellConfig = in.bits(2);
        int tReselectionEutra = SibIeReader.tReselection(in);
        if (present[3]) {
            SibIeReader.skipSpeedStateScaleFactors(in);
        }
        // lateNonCriticalExtension, [[s-IntraSearch-v920, …]], [[q-QualMinWB-r11]], … each an open type
        SibIeReader.skipExtensionAdditions(in, extended);
        return new Sib3(qHystDb, priority, sNonIntraSearch, threshServingLow, qRxLevMin, sIntraSearch,
                tReselectionEutra, pMax, allowedMeasBandwidthRb, presenceAntennaPort1, neighCellConfig);
    }
}
