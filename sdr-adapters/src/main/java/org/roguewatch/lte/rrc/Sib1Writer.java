package org.roguewatch.lte.rrc;

import static org.roguewatch.lte.rrc.SibIeWriter.enumerated;

import java.util.List;
import org.roguewatch.lte.per.PerWriter;

/** Writes SystemInformationBlockType1 (TS 36.331 6.2.2), without TDD-Config or non-critical extensions. */
final class Sib1Writer {
    private Sib1Writer() {
    }

    static void write(PerWriter out, SystemInformationBlockType1 sib1) {
        SibIeWriter.optionals(out, sib1.pMax() != null, false, false); // p-Max, tdd-Config, nonCriticalExtension

        out.bit(sib1.csgIdentity() != null);
        plmnIdentityList(out, sib1.plmns());
        out.bits(sib1.trackingAreaCode(), 16);
        out.bits(sib1.cellIdentity(), 28);
        out.constrained(sib1.cellBarred() ? 0 : 1, 0, 1);
        out.constrained(sib1.intraFreqReselectionAllowed() ? 0 : 1, 0, 1);
        out.bit(sib1.csgIndication());
        if (sib1.csgIdentity() != null) {
            out.bits(sib1.csgIdentity(), 27);
        }

        out.bit(sib1.qRxLevMinOffset() != null);
        SibIeWriter.qRxLevMin(out, sib1.qRxLevMin());
        if (sib1.qRxLevMinOffset() != null) {
            out.constrained(sib1.qRxLevMinOffset(), 1, 8);
        }
        if (sib1.pMax() != null) {
            SibIeWriter.pMax(out, sib1.pMax());
        }
        out.constrained(sib1.freqBandIndicator(), 1, 64);
        schedulingInfoList(out, sib1.schedulingInfo());
        enumerated(out, SibValueTables.SI_WINDOW_MS, sib1.siWindowLengthMs(), "si-WindowLength");
        out.constrained(sib1.systemInfoValueTag(), 0, 31);
    }

    /** Each entry's MCC is left out when it equals the previous entry's, as 36.331 PLMN-Identity allows. */
    private static void plmnIdentityList(PerWriter out, List<PlmnIdentity> plmns) {
        out.constrained(plmns.size(), 1, 6);
        String previousMcc = null;
        for (PlmnIdentity plmn : plmns) {
            boolean writeMcc = !plmn.mcc().equals(previousMcc);
            out.bit(writeMcc);
            if (writeMcc) {
                digits(out, plmn.mcc(), 3, "MCC");
            }
            out.constrained(plmn.mnc().length(), 2, 3);
            digits(out, plmn.mnc(), plmn.mnc().length(), "MNC");
            out.constrained(plmn.reservedForOperatorUse() ? 0 : 1, 0, 1);
            previousMcc = plmn.mcc();
        }
    }

    private static void digits(PerWriter out, String digits, int count, String field) {
        if (digits.length() != count || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(field + " '" + digits + "' is not " + count + " digits");
        }
        for (int i = 0; i < count; i++) {
            out.constrained(digits.charAt(i) - '0', 0, 9);
        }
    }

    private static void schedulingInfoList(PerWriter out, List<SchedulingInfo> list) {
        out.constrained(list.size(), 1, 32);
        for (SchedulingInfo info : list) {
            enumerated(out, SibValueTables.SI_PERIODICITY_RF, info.siPeriodicityRadioFrames(), "si-Periodicity");
            out.constrained(info.sibTypes().size(), 0, 31);
            for (int type : info.sibTypes()) {
                out.enumerated(SibTypes.mappingIndexOf(type), SibTypes.MAPPING_ROOT_COUNT, true);
            }
        }
    }
}
