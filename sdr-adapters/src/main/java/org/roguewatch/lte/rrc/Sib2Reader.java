package org.roguewatch.lte.rrc;

import static org.roguewatch.lte.rrc.SibIeReader.enumerated;
import static org.roguewatch.lte.rrc.SibIeReader.skipExtensionAdditions;

import org.roguewatch.lte.per.PerReader;

/** Reads SystemInformationBlockType2 (TS 36.331 6.3.1). */
final class Sib2Reader {
    private Sib2Reader() {
    }

    static Sib2 read(PerReader in) {
        boolean extended = in.extensionBit();
        boolean[] present = in.optionals(2); // ac-BarringInfo, mbsfn-SubframeConfigList
        AcBarringInfo acBarring = present[0] ? acBarringInfo(in) : null;
        RadioResourceConfigCommonSibReader.PcchConfig pcch = RadioResourceConfigCommonSibReader.read(in);
        UeTimersAndConstants timers = ueTimersAndConstants(in);
        boolean[] freqInfo = in.optionals(2); // ul-CarrierFreq, ul-Bandwidth
        Integer ulCarrierFreq = freqInfo[0] ? SibIeReader.earfcn(in) : null;
        Integer ulBandwidthRb = freqInfo[1] ? enumerated(in, SibValueTables.BANDWIDTH_RB) : null;
        int additionalSpectrumEmission = in.constrainedInt(1, 32);
        if (present[1]) {
            skipMbsfnSubframeConfigList(in);
        }
        int timeAlignmentTimer = enumerated(in, SibValueTables.TIME_ALIGNMENT_SF);
        // lateNonCriticalExtension, [[ssac-Barring…-r9]], [[ac-BarringForCSFB-r10]], … each an open type
        skipExtensionAdditions(in, extended);
        return new Sib2(acBarring, timers, ulCarrierFreq, ulBandwidthRb, additionalSpectrumEmission, timeAlignmentTimer,
                pcch.defaultPagingCycleRadioFrames(), pcch.nB());
    }

    private static AcBarringInfo acBarringInfo(PerReader in) {
        boolean[] present = in.optionals(2); // ac-BarringForMO-Signalling, ac-BarringForMO-Data
        boolean forEmergency = in.bit();
        AcBarringConfig moSignalling = present[0] ? acBarringConfig(in) : null;
        AcBarringConfig moData = present[1] ? acBarringConfig(in) : null;
        return new AcBarringInfo(forEmergency, moSignalling, moData);
    }

    private static AcBarringConfig acBarringConfig(PerReader in) {
        int factor = enumerated(in, SibValueTables.AC_BARRING_FACTOR_PERCENT);
        int time = enumerated(in, SibValueTables.AC_BARRING_TIME_S);
        return new AcBarringConfig(factor, time, in.bits(5));
    }

    private static UeTimersAndConstants ueTimersAndConstants(PerReader in) {
        boolean extended = in.extensionBit();
        UeTimersAndConstants timers = new UeTimersAndConstants(enumerated(in, SibValueTables.T300_T301_MS),
                enumerated(in, SibValueTables.T300_T301_MS), enumerated(in, SibValueTables.T310_MS),
                enumerated(in, SibValueTables.N310), enumerated(in, SibValueTables.T311_MS),
                enumerated(in, SibValueTables.N311));
        skipExtensionAdditions(in, extended); // [[t300-v1310, t301-v1310]], [[t310-v1330]], [[t300-r15]]
        return timers;
    }

    /** MBSFN-SubframeConfigList ::= SEQUENCE (SIZE (1..maxMBSFN-Allocations = 8)) OF MBSFN-SubframeConfig. */
    private static void skipMbsfnSubframeConfigList(PerReader in) {
        int count = in.constrainedInt(1, 8);
        for (int i = 0; i < count; i++) {
            in.constrainedInt(0, 5); // radioframeAllocationPeriod {n1, n2, n4, n8, n16, n32}
            in.constrainedInt(0, 7); // radioframeAllocationOffset
            in.skip(in.bit() ? 24 : 6); // subframeAllocation CHOICE {oneFrame BIT STRING (6), fourFrames (24)}
        }
    }
}
