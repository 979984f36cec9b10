package org.roguewatch.lte.rrc;

import java.util.List;
import org.roguewatch.lte.per.PerWriter;

/**
 * Writes SystemInformationBlockType7 (TS 36.331 6.3.1). Each group's ARFCNs go out in the
 * CarrierFreqsGERAN form {@link GeranFollowingArfcns#formFor} picks, so decoding gives the same list.
 */
final class Sib7Writer {
    private Sib7Writer() {
    }

    static void write(PerWriter out, Sib7 sib7) {
        SibIeWriter.noExtensions(out);
        SibIeWriter.optionals(out, false, !sib7.groups().isEmpty()); // t-ReselectionGERAN-SF, carrierFreqsInfoList
        SibIeWriter.tReselection(out, sib7.tReselectionGeran());
        if (!sib7.groups().isEmpty()) {
            out.constrained(sib7.groups().size(), 1, 16);
            sib7.groups().forEach(group -> group(out, group));
        }
    }

    private static void group(PerWriter out, GeranCarrierGroup group) {
        List<Integer> arfcns = group.arfcns();
        if (arfcns.isEmpty() || arfcns.get(0) != group.startingArfcn()) {
            throw new IllegalArgumentException("a GERAN group's ARFCNs start with its starting ARFCN: " + group);
        }
        SibIeWriter.noExtensions(out);
        out.constrained(group.startingArfcn(), 0, 1023);
        SibIeWriter.enumerated(out, SibValueTables.GERAN_BAND, group.bandIndicator(), "bandIndicator");
        int form = GeranFollowingArfcns.formFor(arfcns);
        out.choice(form, 3, false);
        switch (form) {
            case GeranFollowingArfcns.EQUALLY_SPACED -> {
                out.constrained(GeranFollowingArfcns.spacing(arfcns), 1, 8);
                out.constrained(arfcns.size() - 1, 0, 31);
            }
            case GeranFollowingArfcns.BITMAP -> out.octets(GeranFollowingArfcns.bitmapOf(arfcns), 1, 16);
            default -> {
                out.constrained(arfcns.size() - 1, 0, 31);
                arfcns.subList(1, arfcns.size()).forEach(arfcn -> out.constrained(arfcn, 0, 1023));
            }
        }
        SibIeWriter.optionals(out, group.cellReselectionPriority() != null, group.pMaxGeran() != null);
        if (group.cellReselectionPriority() != null) {
            SibIeWriter.priority(out, group.cellReselectionPriority());
        }
        out.bits(group.nccPermitted(), 8);
        out.constrained(group.qRxLevMin(), 0, 45);
        if (group.pMaxGeran() != null) {
            out.constrained(group.pMaxGeran(), 0, 39);
        }
        SibIeWriter.reselectionThreshold(out, group.threshXHigh());
        SibIeWriter.reselectionThreshold(out, group.threshXLow());
    }
}
