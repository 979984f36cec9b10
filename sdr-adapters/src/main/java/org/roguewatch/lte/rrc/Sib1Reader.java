package org.roguewatch.lte.rrc;

import static org.roguewatch.lte.rrc.SibIeReader.enumerated;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.lte.per.PerReader;

/** Reads SystemInformationBlockType1 (TS 36.331 6.2.2), the c1 alternative after the message's choice bits. */
final class Sib1Reader {
    private Sib1Reader() {
    }

    static SystemInformationBlockType1 read(PerReader in) {
        boolean[] present = in.optionals(3); // p-Max, tdd-Config, nonCriticalExtension

        boolean csgIdentityPresent = in.bit(); // cellAccessRelatedInfo's one OPTIONAL field
        List<PlmnIdentity> plmns = plmnIdentityList(in);
        int trackingAreaCode = in.bits(16);
        long cellIdentity = in.bitsLong(28);
        boolean barred = in.constrainedInt(0, 1) == 0; // {barred, notBarred}
        boolean intraFreqReselectionAllowed = in.constrainedInt(0, 1) == 0; // {allowed, notAllowed}
        boolean csgIndication = in.bit();
        Long csgIdentity = csgIdentityPresent ? in.bitsLong(27) : null;

        boolean offsetPresent = in.bit(); // cellSelectionInfo
        int qRxLevMin = SibIeReader.qRxLevMin(in);
        Integer qRxLevMinOffset = offsetPresent ? in.constrainedInt(1, 8) : null;

        Integer pMax = present[0] ? SibIeReader.pMax(in) : null;
        int freqBandIndicator = in.constrainedInt(1, 64); // FreqBandIndicator ::= INTEGER (1..maxFBI)
        List<SchedulingInfo> schedulingInfo = schedulingInfoList(in);
        if (present[1]) {
            skipTddConfig(in);
        }
        int siWindowLengthMs = enumerated(in, SibValueTables.SI_WINDOW_MS);
        int systemInfoValueTag = in.constrainedInt(0, 31);
        if (present[2]) {
            skipNonCriticalExtensions(in);
        }
        return new SystemInformationBlockType1(plmns, trackingAreaCode, cellIdentity, barred,
                intraFreqReselectionAllowed, csgIndication, csgIdentity, qRxLevMin, qRxLevMinOffset, pMax,
                freqBandIndicator, schedulingInfo, siWindowLengthMs, systemInfoValueTag);
    }

    /** PLMN-IdentityList ::= SEQUENCE (SIZE (1..maxPLMN-r11 = 6)) OF PLMN-IdentityInfo. */
    private static List<PlmnIdentity> plmnIdentityList(PerReader in) {
        int count = in.constrainedInt(1, 6);
        List<PlmnIdentity> plmns = new ArrayList<>(count);
        String previousMcc = null;
        for (int i = 0; i < count; i++) {
            boolean mccPresent = in.bit();
            String mcc = mccPresent ? digits(in, 3) : previousMcc;
            if (mcc == null) {
                // PLMN-Identity, Cond MCC (6.3.4): mandatory in the first entry, which has no previous MCC
                throw in.error("sib1.plmn-without-mcc", "the first PLMN identity has no MCC");
            }
            String mnc = digits(in, in.constrainedInt(2, 3));
            boolean reserved = in.constrainedInt(0, 1) == 0; // {reserved, notReserved}
            plmns.add(new PlmnIdentity(mcc, mnc, reserved));
            previousMcc = mcc;
        }
        return plmns;
    }

    private static String digits(PerReader in, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + in.constrainedInt(0, 9))); // MCC-MNC-Digit ::= INTEGER (0..9)
        }
        return out.toString();
    }

    /** SchedulingInfoList ::= SEQUENCE (SIZE (1..maxSI-Message = 32)) OF SchedulingInfo. */
    private static List<SchedulingInfo> schedulingInfoList(PerReader in) {
        int count = in.constrainedInt(1, 32);
        List<SchedulingInfo> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int periodicity = enumerated(in, SibValueTables.SI_PERIODICITY_RF);
            int mapped = in.constrainedInt(0, 31); // SIB-MappingInfo SIZE (0..maxSIB-1)
            List<Integer> types = new ArrayList<>(mapped);
            for (int j = 0; j < mapped; j++) {
                types.add(sibType(in));
            }
            list.add(new SchedulingInfo(periodicity, types));
        }
        return list;
    }

    /** SIB-Type: an extensible ENUMERATED of 16 root values, sibType3 .. sibType18-v1250. */
    private static int sibType(PerReader in) {
        if (in.extensionBit()) {
            return SibTypes.ofMappingIndex(SibTypes.MAPPING_ROOT_COUNT + SibIeReader.extensionIndex(in));
        }
        return SibTypes.ofMappingIndex(in.constrainedInt(0, SibTypes.MAPPING_ROOT_COUNT - 1));
    }

    /** TDD-Config (6.3.2): subframeAssignment sa0..sa6, specialSubframePatterns ssp0..ssp8. */
    static void skipTddConfig(PerReader in) {
        in.constrainedInt(0, 6);
        in.constrainedInt(0, 8);
    }

    /**
     * The non-critical extension chain v890 → v920 → v1130 → v1250 → v1310 …, read as far as v1250.
     * Nothing follows SIB1 in its message, so the rest of the chain (the Rel-13 coverage enhancement
     * parts onwards) needs no reading for anything else to be found; none of it is kept.
     */
    private static void skipNonCriticalExtensions(PerReader in) {
        boolean[] v890 = in.optionals(2); // lateNonCriticalExtension, nonCriticalExtension
        if (v890[0]) {
            in.skipOpenType(); // an unconstrained OCTET STRING: a length and that many octets, like an open type
        }
        if (!v890[1]) {
            return;
        }
        boolean[] v920 = in.optionals(3); // ims-EmergencySupport-r9, cellSelectionInfo-v920, nonCriticalExtension
        if (v920[1]) {
            boolean offset = in.bit();
            in.constrainedInt(-34, -3); // q-QualMin-r9
            if (offset) {
                in.constrainedInt(1, 8); // q-QualMinOffset-r9
            }
        }
        if (!v920[2]) {
            return;
        }
        boolean[] v1130 = in.optionals(3); // tdd-Config-v1130, cellSelectionInfo-v1130, nonCriticalExtension
        if (v1130[0]) {
            in.constrainedInt(0, 1); // specialSubframePatterns-v1130 {ssp7, ssp9}
        }
        if (v1130[1]) {
            in.constrainedInt(-34, -3); // q-QualMinWB-r11
        }
        if (!v1130[2]) {
            return;
        }
        // v1250: cellSelectionInfo-v1250, freqBandIndicatorPriority-r12 (ENUMERATED {true}: no bits),
        // nonCriticalExtension; then cellAccessRelatedInfo-v1250 with its one OPTIONAL category0Allowed-r12
        boolean[] v1250 = in.optionals(3);
        in.bit();
        if (v1250[0]) {
            in.constrainedInt(-34, -3); // q-QualMinRSRQ-OnAllSymbols-r12
        }
    }
}
