package org.roguewatch.gsm.rr;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.decode.BitReader;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;

/**
 * Decodes the SI 2quater Rest Octets (TS 44.018 10.5.2.33b, CSN.1) of one SYSTEM INFORMATION
 * TYPE 2quater instance. Every optional structure is either decoded or skipped by its exact CSN.1
 * length, so that the Rel-8 Priority and E-UTRAN Parameters at the end are found where they are.
 *
 * <p>Bits that break the CSN.1 grammar (a structure running past the last octet) make the input
 * malformed ({@code rr.si2quater.truncated}). A structure that is well-formed but that this decoder
 * cannot follow (today only the UTRAN neighbour encoding of earlier protocol versions) ends the
 * decoding there: what came before is returned and
 * {@link Si2quaterRestOctets#undecodedFromBit()} says where it stopped. Nothing is guessed.
 */
public final class Si2quaterRestOctetsDecoder {
    static final String LAYER = "rr.si2quater";

    /** Bits of FDD_CELL_INFORMATION for NR_OF_FDD_CELLS = n: p(n), TS 44.018 table 9.1.54.1a. */
    private static final int[] FDD_CELL_INFORMATION_BITS = {
        0, 10, 19, 28, 36, 44, 52, 60, 67, 74, 81, 88, 95, 102, 109, 116, 122};
    /** Bits of TDD_CELL_INFORMATION for NR_OF_TDD_CELLS = n: q(n), TS 44.018 table 9.1.54.1b. */
    private static final int[] TDD_CELL_INFORMATION_BITS = {
        0, 9, 17, 25, 32, 39, 46, 53, 59, 65, 71, 77, 83, 89, 95, 101, 106, 111, 116, 121, 126};

    private Si2quaterRestOctetsDecoder() {
    }

    /**
     * @param restOctets the rest octets (octet 4 onwards of the message, normally 20 octets); read
     *                   from its position to its limit, which are left unchanged
     * @throws DecodeException with a reason {@code rr.si2quater.*} when the bits are malformed
     */
    public static Si2quaterRestOctets decode(ByteBuffer restOctets) {
        return new Parser(new BitReader(restOctets, LAYER)).parse();
    }

    /** The same as {@link #decode(ByteBuffer)}, with a malformed input returned as a value. */
    public static Decoded<Si2quaterRestOctets> tryDecode(ByteBuffer restOctets) {
        try {
            return Decoded.ok(decode(restOctets));
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }

    static int fddCellInformationBits(int cellCount) {
        return cellCount < FDD_CELL_INFORMATION_BITS.length ? FDD_CELL_INFORMATION_BITS[cellCount] : 0;
    }

    static int tddCellInformationBits(int cellCount) {
        return cellCount < TDD_CELL_INFORMATION_BITS.length ? TDD_CELL_INFORMATION_BITS[cellCount] : 0;
    }

    /** Thrown where a well-formed structure cannot be followed; carries where decoding stopped. */
    private static final class Unfollowable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long bit;

        Unfollowable(long bit, String what) {
            super(what, null, false, false);
            this.bit = bit;
        }
    }

    /** An EARFCN read before the reselection parameters it shares with its struct. */
    private record EutranCell(int earfcn, Integer measurementBandwidth) {
    }

    /** One decoding pass; collects what it reads, so a stop part-way still returns the head. */
    private static final class Parser {
        private final BitReader in;
        private int baInd;
        private int threeGBaInd;
        private int mpChangeMark;
        private int index;
        private int count;
        private ServingCellPriority servingCellPriority;
        private final List<UtranPriority> utranPriorities = new ArrayList<>();
        private final List<EutranNeighbourFrequency> eutranNeighbours = new ArrayList<>();
        private final List<UtranNeighbourFrequency> utranFrequencies = new ArrayList<>();
        private EutranParametersFlags eutranParameters;
        private Boolean threeGCcnActive;
        private final List<Integer> extendedEarfcns = new ArrayList<>();

        Parser(BitReader in) {
            this.in = in;
        }

        Si2quaterRestOctets parse() {
            baInd = in.bits(1, "BA_IND");
            threeGBaInd = in.bits(1, "3G_BA_IND");
            mpChangeMark = in.bits(1, "MP_CHANGE_MARK");
            index = in.bits(4, "SI2quater_INDEX");
            count = in.bits(4, "SI2quater_COUNT");
            Integer undecodedFromBit = null;
            try {
                parseBody();
            } catch (Unfollowable stop) {
                undecodedFromBit = (int) stop.bit;
            }
            List<Integer> fddArfcns = utranFrequencies.stream()
                    .filter(f -> f.mode() == UtranNeighbourFrequency.Mode.FDD)
                    .map(UtranNeighbourFrequency::arfcn)
                    .toList();
            return new Si2quaterRestOctets(baInd, threeGBaInd, mpChangeMark, index, count, fddArfcns,
                    servingCellPriority, utranPriorities, eutranNeighbours, undecodedFromBit, utranFrequencies,
                    eutranParameters, threeGCcnActive, extendedEarfcns);
        }

        private void parseBody() {
            if (in.bit("Measurement Parameters Description")) {
                in.skip(1 + 2, "REPORT_TYPE, SERVING_BAND_REPORTING");
            }
            if (in.bit("GPRS_Real Time Difference Description")) {
                skipGprsRealTimeDifference();
            }
            if (in.bit("GPRS_BSIC Description")) {
                skipGprsBsicDescription();
            }
            if (in.bit("GPRS_REPORT PRIORITY Description")) {
                int cells = in.bits(7, "Number_Cells");
                in.skip(cells, "REP_PRIORITY");
            }
            if (in.bit("GPRS_MEASUREMENT_Parameters Description")) {
                skipGprsMeasurementParameters();
            }
            if (in.bit("NC Measurement Parameters")) {
                in.skip(2, "NETWORK_CONTROL_ORDER");
                optional("NC periods", 3 + 3 + 3);
            }
            if (in.bit("SI2q Extension Information")) {
                // Length-prefixed so that receivers of any release can step over it.
                int length = in.bits(8, "extension length");
                in.skip(length + 1L, "SI2q Extension Information");
            }
            if (in.bit("3G Neighbour Cell Description")) {
                parseThreeGNeighbourCells();
            }
            if (in.bit("3G Measurement Parameters Description")) {
                in.skip(4 + 1, "Qsearch_I, Qsearch_C_Initial");
                optional("FDD information", 4 + 1 + 2 + 3);
                optional("TDD information", 4 + 2);
            }
            if (in.bit("GPRS_3G_MEASUREMENT Parameters Description")) {
                // Qsearch_P, then one bit kept for backward compatibility and ignored.
                in.skip(4 + 1, "Qsearch_P");
                optional("FDD_REP_QUANT, FDD_MULTIRAT_REPORTING", 1 + 2);
                optional("FDD_REPORTING_OFFSET, FDD_REPORTING_THRESHOLD", 3 + 3);
                optional("TDD_MULTIRAT_REPORTING", 2);
                optional("TDD_REPORTING_OFFSET, TDD_REPORTING_THRESHOLD", 3 + 3);
            }
            if (!additions("Rel-5")) {
                return;
            }
            optional("3G Additional Measurement Parameters Description", 3 + 4);
            if (in.bit("3G ADDITIONAL MEASUREMENT Parameters Description 2")) {
                optional("FDD_REPORTING_THRESHOLD_2", 6);
            }
            if (!additions("Rel-6")) {
                return;
            }
            threeGCcnActive = in.bit("3G_CCN_ACTIVE");
            if (!additions("Rel-7")) {
                return;
            }
            optional("700_REPORTING_OFFSET, 700_REPORTING_THRESHOLD", 3 + 3);
            optional("810_REPORTING_OFFSET, 810_REPORTING_THRESHOLD", 3 + 3);
            if (!additions("Rel-8")) {
                return;
            }
            if (in.bit("Priority and E-UTRAN Parameters Description")) {
                parsePriorityAndEutranParameters();
            }
            if (in.bit("3G CSG Description")) {
                skipThreeGCsgDescription();
            }
            if (in.bit("E-UTRAN CSG Description")) {
                skipEutranCsgDescription();
            }
            if (!additions("Rel-9")) {
                return;
            }
            if (in.bit("Enhanced Cell Reselection Parameters Description")) {
                skipEnhancedCellReselectionParameters();
            }
            if (in.bit("CSG Cells Reporting Description")) {
                skipCsgCellsReportingDescription();
            }
            if (!additions("Rel-10")) {
                return;
            }
            optional("INIT_PWR_RED", 1);
            in.skip(1, "NC2_CSG_PCCN_permitted");
            if (!additions("Rel-11")) {
                return;
            }
            if (in.bit("Extended EARFCNs Description")) {
                while (in.bit("EARFCN_extended follows")) {
                    extendedEarfcns.add(in.bits(18, "EARFCN_extended"));
                }
            }
            if (in.bit("Extended EARFCNs Description for CSG Cells")) {
                while (in.bit("CSG_EARFCN_extended follows")) {
                    in.skip(18, "CSG_EARFCN_extended");
                }
            }
            // Later releases add nothing to this IE; what follows is spare padding.
        }

        /**
         * {@code { null | L | H <additions> }}: a release's additions are present on H; on L, or
         * when the octets end there, a receiver of that release finds nothing more.
         */
        private boolean additions(String release) {
            return in.hasBits(1) && in.high("Additions in " + release);
        }

        /** {@code { 0 | 1 <fields : bit(width)> }}. */
        private void optional(String field, int width) {
            if (in.bit(field)) {
                in.skip(width, field);
            }
        }

        private Integer optionalValue(String field, int width) {
            return in.bit(field) ? in.bits(width, field) : null;
        }

        private void skipGprsRealTimeDifference() {
            if (in.bit("RTD6 list")) {
                skipRtdList(6);
            }
            if (in.bit("RTD12 list")) {
                skipRtdList(12);
            }
        }

        /**
         * {@code { 0 | 1 <BA_Index_Start_RTD : bit(5)> } <RTD struct> { 0 <RTD struct> } ** 1}
         * where each RTD struct is {@code { 0 <RTD : bit(width)> } ** 1}.
         */
        private void skipRtdList(int width) {
            optional("BA_Index_Start_RTD", 5);
            skipRtdStruct(width);
            while (!in.bit("next frequency RTD struct")) {
                skipRtdStruct(width);
            }
        }

        private void skipRtdStruct(int width) {
            while (!in.bit("last RTD of frequency")) {
                in.skip(width, "RTD");
            }
        }

        private void skipGprsBsicDescription() {
            optional("BA_Index_Start_BSIC", 5);
            in.skip(6, "BSIC");
            int remaining = in.bits(7, "Number_Remaining_BSIC");
            in.skip(remaining * 7L, "Frequency_Scrolling, BSIC");
        }

        private void skipGprsMeasurementParameters() {
            in.skip(3, "REPORT_TYPE, REPORTING_RATE, INVALID_BSIC_REPORTING");
            optional("MULTIBAND_REPORTING", 2);
            optional("SERVING_BAND_REPORTING", 2);
            in.skip(2, "SCALE_ORD");
            for (String band : new String[] {"900", "1800", "400", "1900", "850"}) {
                optional(band + "_REPORTING_OFFSET, " + band + "_REPORTING_THRESHOLD", 3 + 3);
            }
        }

        private void parseThreeGNeighbourCells() {
            optional("Index_Start_3G", 7);
            optional("Absolute_Index_Start_EMR", 7);
            if (in.bit("UTRAN FDD Description")) {
                parseUtranDescription(UtranNeighbourFrequency.Mode.FDD);
            }
            if (in.bit("UTRAN TDD Description")) {
                parseUtranDescription(UtranNeighbourFrequency.Mode.TDD);
            }
        }

        private void parseUtranDescription(UtranNeighbourFrequency.Mode mode) {
            optional("Bandwidth_" + mode, 3);
            while (in.bit("Repeated UTRAN " + mode + " Neighbour Cells")) {
                long at = in.bitPosition();
                if (in.bit(mode + "-ARFCN coding")) {
                    // '1' selected a coding of earlier protocol versions that TS 44.018 no longer
                    // defines; its length is unknown here, so nothing after it can be located.
                    throw new Unfollowable(at, "UTRAN " + mode + " neighbour in a pre-Rel-5 coding");
                }
                int arfcn = in.bits(14, mode + "-ARFCN");
                boolean indic0 = in.bit(mode + "_Indic0");
                int cells = in.bits(5, "NR_OF_" + mode + "_CELLS");
                int infoBits = mode == UtranNeighbourFrequency.Mode.FDD
                        ? fddCellInformationBits(cells) : tddCellInformationBits(cells);
                in.skip(infoBits, mode + "_CELL_INFORMATION");
                utranFrequencies.add(new UtranNeighbourFrequency(mode, arfcn, indic0, cells));
            }
        }

        private void parsePriorityAndEutranParameters() {
            if (in.bit("Serving Cell Priority Parameters Description")) {
                servingCellPriority = new ServingCellPriority(
                        in.bits(3, "GERAN_PRIORITY"),
                        in.bits(4, "THRESH_Priority_Search"),
                        in.bits(4, "THRESH_GSM_low"),
                        in.bits(2, "H_PRIO"),
                        in.bits(2, "T_Reselection"));
            }
            if (in.bit("3G Priority Parameters Description")) {
                parseThreeGPriorityParameters();
            }
            if (in.bit("E-UTRAN Parameters Description")) {
                parseEutranParameters();
            }
        }

        private void parseThreeGPriorityParameters() {
            in.skip(2, "UTRAN_Start, UTRAN_Stop");
            if (in.bit("Default UTRAN Priority Parameters")) {
                int priority = in.bits(3, "DEFAULT_UTRAN_PRIORITY");
                int thresh = in.bits(5, "DEFAULT_THRESH_UTRAN");
                int qRxLevMin = in.bits(5, "DEFAULT_UTRAN_QRXLEVMIN");
                utranPriorities.add(UtranPriority.defaults(priority, thresh, qRxLevMin));
            }
            while (in.bit("Repeated UTRAN Priority Parameters")) {
                List<Integer> indices = new ArrayList<>();
                while (in.bit("UTRAN_FREQUENCY_INDEX follows")) {
                    indices.add(in.bits(5, "UTRAN_FREQUENCY_INDEX"));
                }
                Integer priority = optionalValue("UTRAN_PRIORITY", 3);
                int high = in.bits(5, "THRESH_UTRAN_high");
                Integer low = optionalValue("THRESH_UTRAN_low", 5);
                Integer qRxLevMin = optionalValue("UTRAN_QRXLEVMIN", 5);
                utranPriorities.add(new UtranPriority(false, indices, priority, high, low, qRxLevMin));
            }
        }

        private void parseEutranParameters() {
            eutranParameters = new EutranParametersFlags(
                    in.bit("E-UTRAN_CCN_ACTIVE"), in.bit("E-UTRAN_Start"), in.bit("E-UTRAN_Stop"));
            if (in.bit("E-UTRAN Measurement Parameters Description")) {
                skipEutranMeasurementParameters();
            }
            if (in.bit("GPRS E-UTRAN Measurement Parameters Description")) {
                in.skip(4 + 1 + 2, "Qsearch_P_E-UTRAN, E-UTRAN_REP_QUANT, E-UTRAN_MULTIRAT_REPORTING");
                skipEutranReporting("FDD", 3);
                skipEutranReporting("TDD", 3);
            }
            while (in.bit("Repeated E-UTRAN Neighbour Cells")) {
                List<EutranCell> cells = new ArrayList<>();
                while (in.bit("EARFCN follows")) {
                    cells.add(new EutranCell(in.bits(16, "EARFCN"), optionalValue("Measurement Bandwidth", 3)));
                }
                Integer priority = optionalValue("E-UTRAN_PRIORITY", 3);
                int high = in.bits(5, "THRESH_E-UTRAN_high");
                Integer low = optionalValue("THRESH_E-UTRAN_low", 5);
                Integer qRxLevMin = optionalValue("E-UTRAN_QRXLEVMIN", 5);
                for (EutranCell cell : cells) {
                    eutranNeighbours.add(new EutranNeighbourFrequency(cell.earfcn(), cell.measurementBandwidth(),
                            priority, high, low, qRxLevMin));
                }
            }
            while (in.bit("Repeated E-UTRAN Not Allowed Cells")) {
                skipPcidGroup();
                skipFrequencyIndices("E-UTRAN_FREQUENCY_INDEX", 3);
            }
            while (in.bit("Repeated E-UTRAN PCID to TA mapping")) {
                while (in.bit("PCID to TA mapping follows")) {
                    skipPcidGroup();
                }
                skipFrequencyIndices("E-UTRAN_FREQUENCY_INDEX", 3);
            }
        }

        private void skipEutranMeasurementParameters() {
            in.skip(4 + 1 + 2, "Qsearch_C_E-UTRAN_Initial, E-UTRAN_REP_QUANT, E-UTRAN_MULTIRAT_REPORTING");
            if (!in.bit("E-UTRAN reporting format")) {
                // '0': 6-bit reporting, each side led by a 3-bit REPORTING_THRESHOLD.
                skipEutranReporting("FDD", 3);
                skipEutranReporting("TDD", 3);
            } else {
                // '1': 3-bit reporting, each side led by a 6-bit MEASUREMENT_REPORT_OFFSET.
                skipEutranReporting("FDD", 6);
                skipEutranReporting("TDD", 6);
                in.skip(1, "REPORTING_GRANULARITY");
            }
        }

        /** {@code { 0 | 1 <lead : bit(width)> { 0 | 1 <THRESHOLD_2 : bit(6)> } { 0 | 1 <OFFSET : bit(3)> } }}. */
        private void skipEutranReporting(String side, int leadWidth) {
            if (in.bit("E-UTRAN_" + side + " reporting")) {
                in.skip(leadWidth, "E-UTRAN_" + side + "_REPORTING_THRESHOLD");
                optional("E-UTRAN_" + side + "_REPORTING_THRESHOLD_2", 6);
                optional("E-UTRAN_" + side + "_REPORTING_OFFSET", 3);
            }
        }

        /** PCID Group IE, TS 44.060 12.57. */
        private void skipPcidGroup() {
            while (in.bit("PCID follows")) {
                in.skip(9, "PCID");
            }
            optional("PCID_BITMAP_GROUP", 6);
            skipPatterns("PCID");
        }

        /** The pattern list ending both PCID Group (44.060 12.57) and PSC Group (12.58) IEs. */
        private void skipPatterns(String kind) {
            while (in.bit(kind + "_Pattern follows")) {
                int length = in.bits(3, kind + "_Pattern_length");
                in.skip(length + 1 + 1, kind + "_Pattern, " + kind + "_pattern_sense");
            }
        }

        private void skipFrequencyIndices(String field, int width) {
            while (in.bit(field + " follows")) {
                in.skip(width, field);
            }
        }

        private void skipThreeGCsgDescription() {
            while (in.bit("CSG_PSC_SPLIT follows")) {
                // PSC Group IE, TS 44.060 12.58.
                while (in.bit("PSC follows")) {
                    in.skip(9, "PSC");
                }
                skipPatterns("PSC");
                skipFrequencyIndices("UTRAN_FREQUENCY_INDEX", 5);
            }
            while (in.bit("CSG UARFCN follows")) {
                in.skip(1 + 14, "CSG_FDD_UARFCN / CSG_TDD_UARFCN");
            }
        }

        private void skipEutranCsgDescription() {
            while (in.bit("CSG_PCI_SPLIT follows")) {
                skipPcidGroup();
                skipFrequencyIndices("E-UTRAN_FREQUENCY_INDEX", 3);
            }
            while (in.bit("CSG_EARFCN follows")) {
                in.skip(16, "CSG_EARFCN");
            }
        }

        /** Enhanced Cell Reselection Parameters IE, TS 44.060 12.59. */
        private void skipEnhancedCellReselectionParameters() {
            while (in.bit("Repeated E-UTRAN Enhanced Cell Reselection Parameters")) {
                skipFrequencyIndices("E-UTRAN_FREQUENCY_INDEX", 3);
                if (!in.bit("reselection on RSRQ")) {
                    in.skip(4, "E-UTRAN_Qmin");
                } else {
                    in.skip(5, "THRESH_E-UTRAN_high_Q");
                    optional("THRESH_E-UTRAN_low_Q", 5);
                    optional("E-UTRAN_QQUALMIN", 4);
                    optional("E-UTRAN_RSRPmin", 5);
                }
            }
        }

        private void skipCsgCellsReportingDescription() {
            if (in.bit("UTRAN CSG Cells Reporting Description")) {
                optional("UTRAN_CSG_FDD_REPORTING_THRESHOLD, _2", 3 + 6);
                optional("UTRAN_CSG_TDD_REPORTING_THRESHOLD", 3);
            }
            if (in.bit("E-UTRAN CSG Cells Reporting Description")) {
                optional("E-UTRAN_CSG_FDD_REPORTING_THRESHOLD, _2", 3 + 6);
                optional("E-UTRAN_CSG_TDD_REPORTING_THRESHOLD, _2", 3 + 6);
            }
        }
    }
}
