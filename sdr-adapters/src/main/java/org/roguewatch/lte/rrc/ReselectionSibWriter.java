package org.roguewatch.lte.rrc;

import static org.roguewatch.lte.rrc.SibIeWriter.enumerated;
import static org.roguewatch.lte.rrc.SibIeWriter.reselectionThreshold;

import java.util.List;
import org.roguewatch.lte.per.PerWriter;

/**
 * Writes the re-selection SIBs 3, 4, 5 and 6 (TS 36.331 6.3.1) from their records: no speed-state
 * scaling, no neighbour cell lists in SIB5, no extension additions; q-OffsetFreq only when not its
 * DEFAULT dB0.
 */
final class ReselectionSibWriter {
    private ReselectionSibWriter() {
    }

    static void sib3(PerWriter out, Sib3 sib3) {
        SibIeWriter.noExtensions(out);
        out.bit(false); // speedStateReselectionPars
        enumerated(out, SibValueTables.Q_HYST_DB, sib3.qHystDb(), "q-Hyst");
        out.bit(sib3.sNonIntraSearch() != null);
        if (sib3.sNonIntraSearch() != null) {
            reselectionThreshold(out, sib3.sNonIntraSearch());
        }
        reselectionThreshold(out, sib3.threshServingLow());
        SibIeWriter.priority(out, sib3.cellReselectionPriority());
        SibIeWriter.optionals(out, sib3.pMax() != null, sib3.sIntraSearch() != null,
                sib3.allowedMeasBandwidthRb() != null, false);
        SibIeWriter.qRxLevMin(out, sib3.qRxLevMin());
        if (sib3.pMax() != null) {
            SibIeWriter.pMax(out, sib3.pMax());
        }
        if (sib3.sIntraSearch() != null) {
            reselectionThreshold(out, sib3.sIntraSearch());
        }
        if (sib3.allowedMeasBandwidthRb() != null) {
            enumerated(out, SibValueTables.BANDWIDTH_RB, sib3.allowedMeasBandwidthRb(), "allowedMeasBandwidth");
        }
        out.bit(sib3.presenceAntennaPort1());
        out.bits(sib3.neighCellConfig(), 2);
        SibIeWriter.tReselection(out, sib3.tReselectionEutra());
    }

    static void sib4(PerWriter out, Sib4 sib4) {
        SibIeWriter.noExtensions(out);
        SibIeWriter.optionals(out, !sib4.neighbours().isEmpty(), !sib4.blacklist().isEmpty(),
                sib4.csgPhysCellRange() != null);
        if (!sib4.neighbours().isEmpty()) {
            out.constrained(sib4.neighbours().size(), 1, 16);
            for (IntraFreqNeighbour neighbour : sib4.neighbours()) {
                SibIeWriter.noExtensions(out);
                SibIeWriter.pci(out, neighbour.pci());
                SibIeWriter.qOffsetDb(out, neighbour.qOffsetCellDb(), "q-OffsetCell");
            }
        }
        if (!sib4.blacklist().isEmpty()) {
            out.constrained(sib4.blacklist().size(), 1, 16);
            sib4.blacklist().forEach(range -> SibIeWriter.pciRange(out, range));
        }
        if (sib4.csgPhysCellRange() != null) {
            SibIeWriter.pciRange(out, sib4.csgPhysCellRange());
        }
    }

    static void sib5(PerWriter out, Sib5 sib5) {
        SibIeWriter.noExtensions(out);
        out.constrained(sib5.carriers().size(), 1, 8);
        for (InterFreqCarrier carrier : sib5.carriers()) {
            SibIeWriter.noExtensions(out);
            SibIeWriter.optionals(out, carrier.pMax() != null, false, carrier.cellReselectionPriority() != null,
                    carrier.qOffsetFreqDb() != 0, false, false);
            SibIeWriter.earfcn(out, carrier.dlCarrierFreq());
            SibIeWriter.qRxLevMin(out, carrier.qRxLevMin());
            if (carrier.pMax() != null) {
                SibIeWriter.pMax(out, carrier.pMax());
            }
            SibIeWriter.tReselection(out, carrier.tReselectionEutra());
            reselectionThreshold(out, carrier.threshXHigh());
            reselectionThreshold(out, carrier.threshXLow());
            enumerated(out, SibValueTables.BANDWIDTH_RB, carrier.allowedMeasBandwidthRb(), "allowedMeasBandwidth");
            out.bit(carrier.presenceAntennaPort1());
            if (carrier.cellReselectionPriority() != null) {
                SibIeWriter.priority(out, carrier.cellReselectionPriority());
            }
            out.bits(carrier.neighCellConfig(), 2);
            if (carrier.qOffsetFreqDb() != 0) {
                SibIeWriter.qOffsetDb(out, carrier.qOffsetFreqDb(), "q-OffsetFreq");
            }
        }
    }

    static void sib6(PerWriter out, Sib6 sib6) {
        SibIeWriter.noExtensions(out);
        SibIeWriter.optionals(out, !sib6.fdd().isEmpty(), !sib6.tdd().isEmpty(), false);
        if (!sib6.fdd().isEmpty()) {
            utraCarriers(out, sib6.fdd(), true);
        }
        if (!sib6.tdd().isEmpty()) {
            utraCarriers(out, sib6.tdd(), false);
        }
        SibIeWriter.tReselection(out, sib6.tReselectionUtra());
    }

    private static void utraCarriers(PerWriter out, List<UtraCarrier> carriers, boolean fdd) {
        out.constrained(carriers.size(), 1, 16);
        for (UtraCarrier carrier : carriers) {
            if (fdd != (carrier.qQualMin() != null)) {
                throw new IllegalArgumentException("q-QualMin is " + (fdd ? "mandatory for FDD" : "absent for TDD")
                        + " UTRA carriers: " + carrier);
            }
            SibIeWriter.noExtensions(out);
            out.bit(carrier.cellReselectionPriority() != null);
            out.constrained(carrier.uarfcn(), 0, 16383);
            if (carrier.cellReselectionPriority() != null) {
                SibIeWriter.priority(out, carrier.cellReselectionPriority());
            }
            reselectionThreshold(out, carrier.threshXHigh());
            reselectionThreshold(out, carrier.threshXLow());
            out.constrained(carrier.qRxLevMin(), -60, -13);
            out.constrained(carrier.pMaxUtra(), -50, 33);
            if (fdd) {
                out.constrained(carrier.qQualMin(), -24, 0);
            }
        }
    }
}
