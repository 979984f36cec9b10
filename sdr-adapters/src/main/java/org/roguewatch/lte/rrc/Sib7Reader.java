package org.roguewatch.lte.rrc;

import static org.roguewatch.lte.rrc.SibIeReader.reselectionThreshold;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.lte.per.PerReader;

/** Reads SystemInformationBlockType7 (TS 36.331 6.3.1) and its CarrierFreqsGERAN (6.3.4). */
final class Sib7Reader {
    private Sib7Reader() {
    }

    static Sib7 read(PerReader in) {
        boolean extended = in.extensionBit();
        boolean[] present = in.optionals(2); // t-ReselectionGERAN-SF, carrierFreqsInfoList
        int tReselection = SibIeReader.tReselection(in);
        if (present[0]) {
            SibIeReader.skipSpeedStateScaleFactors(in);
        }
        List<GeranCarrierGroup> groups = new ArrayList<>();
        if (present[1]) {
            int count = in.constrainedInt(1, 16); // CarrierFreqsInfoListGERAN SIZE (1..maxGNFG)
            for (int i = 0; i < count; i++) {
                groups.add(group(in));
            }
        }
        SibIeReader.skipExtensionAdditions(in, extended); // lateNonCriticalExtension
        return new Sib7(tReselection, groups);
    }

    /** CarrierFreqsInfoGERAN. */
    private static GeranCarrierGroup group(PerReader in) {
        boolean extended = in.extensionBit();
        int start = in.constrainedInt(0, 1023); // startingARFCN
        String band = SibIeReader.enumerated(in, SibValueTables.GERAN_BAND);
        List<Integer> arfcns = switch (in.constrainedInt(0, 2)) {
            case GeranFollowingArfcns.EXPLICIT -> GeranFollowingArfcns.explicit(start, explicitList(in));
            case GeranFollowingArfcns.EQUALLY_SPACED -> {
                int spacing = in.constrainedInt(1, 8);
                yield GeranFollowingArfcns.equallySpaced(start, spacing, in.constrainedInt(0, 31));
            }
            default -> GeranFollowingArfcns.bitmap(start, in.octets(1, 16));
        };
        boolean[] present = in.optionals(2); // commonInfo: cellReselectionPriority, p-MaxGERAN
        Integer priority = present[0] ? SibIeReader.priority(in) : null;
        int nccPermitted = in.bits(8);
        int qRxLevMin = in.constrainedInt(0, 45);
        Integer pMaxGeran = present[1] ? in.constrainedInt(0, 39) : null;
        int threshXHigh = reselectionThreshold(in);
        int threshXLow = reselectionThreshold(in);
        SibIeReader.skipExtensionAdditions(in, extended);
        return new GeranCarrierGroup(start, band, arfcns, priority, nccPermitted, qRxLevMin, pMaxGeran,
                threshXHigh, threshXLow);
    }

    /** ExplicitListOfARFCNs ::= SEQUENCE (SIZE (0..31)) OF ARFCN-ValueGERAN. */
    private static List<Integer> explicitList(PerReader in) {
        int count = in.constrainedInt(0, 31);
        List<Integer> following = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            following.add(in.constrainedInt(0, 1023));
        }
        return following;
    }
}
