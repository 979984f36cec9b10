package org.roguewatch.lte.rrc;

import static org.roguewatch.lte.rrc.SibIeReader.reselectionThreshold;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.lte.per.PerReader;

/** Reads SystemInformationBlockType6 (TS 36.331 6.3.1). */
final class Sib6Reader {
    private Sib6Reader() {
    }

    static Sib6 read(PerReader in) {
        boolean extended = in.extensionBit();
        // carrierFreqListUTRA-FDD, carrierFreqListUTRA-TDD, t-ReselectionUTRA-SF
        boolean[] present = in.optionals(3);
        List<UtraCarrier> fdd = present[0] ? carriers(in, true) : List.of();
        List<UtraCarrier> tdd = present[1] ? carriers(in, false) : List.of();
        int tReselection = SibIeReader.tReselection(in);
        if (present[2]) {
            SibIeReader.skipSpeedStateScaleFactors(in);
        }
        // lateNonCriticalExtension, [[carrierFreqListUTRA-FDD-v1250, …]]
        SibIeReader.skipExtensionAdditions(in, extended);
        return new Sib6(fdd, tdd, tReselection);
    }

    /** CarrierFreqListUTRA-FDD / -TDD ::= SEQUENCE (SIZE (1..16)) OF CarrierFreqUTRA-FDD / -TDD. */
    private static List<UtraCarrier> carriers(PerReader in, boolean fdd) {
        int count = in.constrainedInt(1, 16); // maxUTRA-FDD-Carrier = maxUTRA-TDD-Carrier = 16
        List<UtraCarrier> carriers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean extended = in.extensionBit();
            boolean priorityPresent = in.bit();
            int uarfcn = in.constrainedInt(0, 16383); // ARFCN-ValueUTRA
            Integer priority = priorityPresent ? SibIeReader.priority(in) : null;
            int threshXHigh = reselectionThreshold(in);
            int threshXLow = reselectionThreshold(in);
            int qRxLevMin = in.constrainedInt(-60, -13);
            int pMaxUtra = in.constrainedInt(-50, 33);
            Integer qQualMin = fdd ? in.constrainedInt(-24, 0) : null;
            SibIeReader.skipExtensionAdditions(in, extended); // FDD: [[threshX-Q-r9]]
            carriers.add(new UtraCarrier(uarfcn, priority, threshXHigh, threshXLow, qRxLevMin, pMaxUtra, qQualMin));
        }
        return carriers;
    }
}
