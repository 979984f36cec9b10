package org.roguewatch.gsm.rr;

import java.util.ArrayList;
import java.util.List;

/**
 * Encodes {@link Si2quaterRestOctets} into the 20 rest octets of one SYSTEM INFORMATION TYPE
 * 2quater instance (TS 44.018 9.1.34a, 10.5.2.33b), for the simulated air. It writes what the
 * record holds (3G neighbour frequencies without cell lists, the Rel-8 priorities and E-UTRAN
 * neighbours, Rel-11 extended EARFCNs) and marks every other structure absent; unused bits are
 * spare padding (0x2B), and L/H bits are relative to it.
 */
public final class Si2quaterRestOctetsEncoder {
    /** SI 2quater Rest Octets are 20 octets (TS 44.018 table 9.1.34a.1). */
    public static final int REST_OCTETS_LENGTH = 20;
    /** The L2 pseudo length of SYSTEM INFORMATION TYPE 2quater (TS 44.018 9.1.34a). */
    static final int L2_PSEUDO_LENGTH = 1;
    private static final int MESSAGE_TYPE = 0x07;

    private Si2quaterRestOctetsEncoder() {
    }

    /**
     * @throws IllegalArgumentException when the content cannot be expressed (an undecoded tail,
     *                                  UTRAN cell lists, default UTRAN parameters out of place) or
     *                                  does not fit in 20 octets
     */
    public static byte[] encode(Si2quaterRestOctets content) {
        if (content.undecodedFromBit() != null) {
            throw new IllegalArgumentException("cannot encode an instance that was not fully decoded");
        }
        RestOctetsWriter out = new RestOctetsWriter(REST_OCTETS_LENGTH);
        out.bits(content.baInd(), 1).bits(content.threeGBaInd(), 1).bits(content.mpChangeMark(), 1)
                .bits(content.index(), 4).bits(content.count(), 4);
        out.bit(false); // Measurement Parameters Description
        out.bit(false); // GPRS_Real Time Difference Description
        out.bit(false); // GPRS_BSIC Description
        out.bit(false); // GPRS_REPORT PRIORITY Description
        out.bit(false); // GPRS_MEASUREMENT_Parameters Description
        out.bit(false); // NC Measurement Parameters
        out.bit(false); // SI2q Extension Information
        writeThreeGNeighbourCells(out, utranFrequencies(content));
        out.bit(false); // 3G Measurement Parameters Description
        out.bit(false); // GPRS_3G_MEASUREMENT Parameters Description
        writeReleaseAdditions(out, content);
        return out.toOctets();
    }

    /**
     * The whole 23-octet block as sent on the BCCH: L2 pseudo length, RR protocol discriminator,
     * message type 0x07, then {@link #encode(Si2quaterRestOctets)}.
     */
    public static byte[] encodeBlock(Si2quaterRestOctets content) {
        return RestOctetsWriter.bcchBlock(L2_PSEUDO_LENGTH, MESSAGE_TYPE, encode(content));
    }

    private static List<UtranNeighbourFrequency> utranFrequencies(Si2quaterRestOctets content) {
        if (!content.utranNeighbourFrequencies().isEmpty()) {
            return content.utranNeighbourFrequencies();
        }
        List<UtranNeighbourFrequency> derived = new ArrayList<>();
        for (int arfcn : content.utranFddArfcns()) {
            derived.add(new UtranNeighbourFrequency(UtranNeighbourFrequency.Mode.FDD, arfcn, false, 0));
        }
        return derived;
    }

    private static void writeThreeGNeighbourCells(RestOctetsWriter out, List<UtranNeighbourFrequency> frequencies) {
        out.bit(!frequencies.isEmpty());
        if (frequencies.isEmpty()) {
            return;
        }
        out.bit(false); // Index_Start_3G
        out.bit(false); // Absolute_Index_Start_EMR
        for (UtranNeighbourFrequency.Mode mode : UtranNeighbourFrequency.Mode.values()) {
            List<UtranNeighbourFrequency> ofMode = frequencies.stream().filter(f -> f.mode() == mode).toList();
            out.bit(!ofMode.isEmpty());
            if (ofMode.isEmpty()) {
                continue;
            }
            out.bit(false); // Bandwidth_FDD / Bandwidth_TDD
            for (UtranNeighbourFrequency frequency : ofMode) {
                if (frequency.cellCount() != 0) {
                    throw new IllegalArgumentException("UTRAN cell lists (NR_OF_" + mode + "_CELLS "
                            + frequency.cellCount() + ") are not encoded; give frequencies only");
                }
                out.bit(true).bit(false).bits(frequency.arfcn(), 14).bit(frequency.indic0()).bits(0, 5);
            }
            out.bit(false);
        }
    }

    private static void writeReleaseAdditions(RestOctetsWriter out, Si2quaterRestOctets content) {
        boolean rel11 = !content.extendedEarfcns().isEmpty();
        boolean rel8 = content.servingCellPriority() != null || !content.utranPriorities().isEmpty()
                || content.eutranParameters() != null;
        boolean rel6 = content.threeGCcnActive() != null || rel8 || rel11;
        out.high(rel6); // Additions in Rel-5
        if (!rel6) {
            return;
        }
        out.bit(false); // 3G Additional Measurement Parameters Description
        out.bit(false); // 3G ADDITIONAL MEASUREMENT Parameters Description 2
        out.high(true); // Additions in Rel-6
        out.bit(Boolean.TRUE.equals(content.threeGCcnActive()));
        out.high(rel8 || rel11); // Additions in Rel-7
        if (!(rel8 || rel11)) {
            return;
        }
        out.bit(false); // 700_REPORTING_OFFSET
        out.bit(false); // 810_REPORTING_OFFSET
        out.high(true); // Additions in Rel-8
        out.bit(rel8);
        if (rel8) {
            writePriorityAndEutranParameters(out, content);
        }
        out.bit(false); // 3G CSG Description
        out.bit(false); // E-UTRAN CSG Description
        out.high(rel11); // Additions in Rel-9
        if (!rel11) {
            return;
        }
        out.bit(false); // Enhanced Cell Reselection Parameters Description
        out.bit(false); // CSG Cells Reporting Description
        out.high(true); // Additions in Rel-10
        out.bit(false); // INIT_PWR_RED
        out.bit(false); // NC2_CSG_PCCN_permitted
        out.high(true); // Additions in Rel-11
        out.bit(true); // Extended EARFCNs Description
        for (int earfcn : content.extendedEarfcns()) {
            out.bit(true).bits(earfcn, 18);
        }
        out.bit(false);
        out.bit(false); // Extended EARFCNs Description for CSG Cells
    }

    private static void writePriorityAndEutranParameters(RestOctetsWriter out, Si2quaterRestOctets content) {
        ServingCellPriority serving = content.servingCellPriority();
        out.bit(serving != null);
        if (serving != null) {
            out.bits(serving.geranPriority(), 3).bits(serving.threshPrioritySearch(), 4)
                    .bits(serving.threshGsmLow(), 4).bits(serving.hPrio(), 2).bits(serving.tReselection(), 2);
        }
        List<UtranPriority> utran = content.utranPriorities();
        out.bit(!utran.isEmpty());
        if (!utran.isEmpty()) {
            writeThreeGPriorities(out, utran);
        }
        EutranParametersFlags flags = content.eutranParameters();
        out.bit(flags != null);
        if (flags != null) {
            out.bit(flags.ccnActive()).bit(flags.start()).bit(flags.stop());
            out.bit(false); // E-UTRAN Measurement Parameters Description
            out.bit(false); // GPRS E-UTRAN Measurement Parameters Description
            writeEutranNeighbours(out, content.eutranNeighbours());
            out.bit(false); // Repeated E-UTRAN Not Allowed Cells
            out.bit(false); // Repeated E-UTRAN PCID to TA mapping
        }
    }

    private static void writeThreeGPriorities(RestOctetsWriter out, List<UtranPriority> priorities) {
        out.bit(true).bit(true); // UTRAN_Start, UTRAN_Stop: the whole list is in this instance
        UtranPriority first = priorities.get(0);
        out.bit(first.defaultEntry());
        if (first.defaultEntry()) {
            out.bits(first.priority(), 3).bits(first.threshHigh(), 5).bits(first.qRxLevMin(), 5);
        }
        for (UtranPriority entry : priorities.subList(first.defaultEntry() ? 1 : 0, priorities.size())) {
            if (entry.defaultEntry()) {
                throw new IllegalArgumentException("the default UTRAN priority entry must come first, once");
            }
            out.bit(true);
            for (int index : entry.frequencyIndices()) {
                out.bit(true).bits(index, 5);
            }
            out.bit(false);
            out.optional(entry.priority(), 3).bits(entry.threshHigh(), 5)
                    .optional(entry.threshLow(), 5).optional(entry.qRxLevMin(), 5);
        }
        out.bit(false);
    }

    /** Consecutive frequencies with equal parameters share one Repeated E-UTRAN Neighbour Cells struct. */
    private static void writeEutranNeighbours(RestOctetsWriter out, List<EutranNeighbourFrequency> neighbours) {
        int start = 0;
        while (start < neighbours.size()) {
            EutranNeighbourFrequency head = neighbours.get(start);
            int end = start + 1;
            while (end < neighbours.size() && neighbours.get(end).sharesParametersWith(head)) {
                end++;
            }
            out.bit(true);
            for (EutranNeighbourFrequency cell : neighbours.subList(start, end)) {
                out.bit(true).bits(cell.earfcn(), 16).optional(cell.measurementBandwidth(), 3);
            }
            out.bit(false);
            out.optional(head.priority(), 3).bits(head.threshHigh(), 5)
                    .optional(head.threshLow(), 5).optional(head.qRxLevMin(), 5);
            start = end;
        }
        out.bit(false);
    }
}
