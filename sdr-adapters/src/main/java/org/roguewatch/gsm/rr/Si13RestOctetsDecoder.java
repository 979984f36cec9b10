package org.roguewatch.gsm.rr;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.roguewatch.decode.BitReader;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;

/**
 * Decodes the SI 13 Rest Octets (TS 44.018 10.5.2.37b, CSN.1), with the GPRS Cell Options and
 * GPRS Power Control Parameters IEs of TS 44.060 (12.24, 12.9a). The GPRS Mobile Allocation and the
 * PBCCH Description are skipped by their exact CSN.1 length. Bits that break the grammar make the
 * input malformed ({@code rr.si13.truncated}).
 */
public final class Si13RestOctetsDecoder {
    static final String LAYER = "rr.si13";
    private static final int CSN1_PADDING = 0x2B;

    private Si13RestOctetsDecoder() {
    }

    /**
     * @param restOctets the rest octets (octet 4 onwards of the message, normally 20 octets); read
     *                   from its position to its limit, which are left unchanged
     * @throws DecodeException with a reason {@code rr.si13.*} when the bits are malformed
     */
    public static Si13RestOctets decode(ByteBuffer restOctets) {
        return new Parser(restOctets).parse();
    }

    /** The same as {@link #decode(ByteBuffer)}, with a malformed input returned as a value. */
    public static Decoded<Si13RestOctets> tryDecode(ByteBuffer restOctets) {
        try {
            return Decoded.ok(decode(restOctets));
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }

    private static final class Parser {
        private final ByteBuffer octets;
        private final int start;
        private final BitReader in;

        Parser(ByteBuffer octets) {
            this.octets = octets;
            this.start = octets.position();
            this.in = new BitReader(octets, LAYER);
        }

        Si13RestOctets parse() {
            if (!in.high("SI13 contents")) {
                return Si13RestOctets.absent();
            }
            int bcchChangeMark = in.bits(3, "BCCH_CHANGE_MARK");
            int siChangeField = in.bits(4, "SI_CHANGE_FIELD");
            Integer si13ChangeMark = null;
            if (in.bit("SI13_CHANGE_MARK and GPRS Mobile Allocation")) {
                si13ChangeMark = in.bits(2, "SI13_CHANGE_MARK");
                skipGprsMobileAllocation();
            }
            boolean pbcchPresent = in.bit("PBCCH present");
            Integer rac = null;
            Boolean spgcCcchSup = null;
            Integer priorityAccessThr = null;
            Integer networkControlOrder = null;
            GprsCellOptions cellOptions = null;
            GprsPowerControlParameters powerControl = null;
            if (!pbcchPresent) {
                rac = in.bits(8, "RAC");
                spgcCcchSup = in.bit("SPGC_CCCH_SUP");
                priorityAccessThr = in.bits(3, "PRIORITY_ACCESS_THR");
                networkControlOrder = in.bits(2, "NETWORK_CONTROL_ORDER");
                cellOptions = parseGprsCellOptions();
                powerControl = new GprsPowerControlParameters(in.bits(4, "ALPHA"), in.bits(5, "T_AVG_W"),
                        in.bits(5, "T_AVG_T"), in.bit("PC_MEAS_CHAN"), in.bits(4, "N_AVG_I"));
            } else {
                in.skip(4, "PSI1_REPEAT_PERIOD");
                skipPbcchDescription();
            }
            Boolean sgsnr = null;
            Boolean siStatusInd = null;
            Integer lbMsTxpwrMaxCch = null;
            Integer si2nSupport = null;
            Boolean siChangeAlt = null;
            Integer peoDsc = null;
            Integer rcc = null;
            Integer c1DeltaMin = null;
            Integer c1DeltaMax = null;
            if (additions("R99")) {
                sgsnr = in.bit("SGSNR");
                if (additions("Rel-4")) {
                    siStatusInd = in.bit("SI_STATUS_IND");
                    if (additions("Rel-6")) {
                        lbMsTxpwrMaxCch = in.bit("LB_MS_TXPWR_MAX_CCH present")
                                ? in.bits(5, "LB_MS_TXPWR_MAX_CCH") : null;
                        si2nSupport = in.bits(2, "SI2n_SUPPORT");
                        // From here the sender may stop (CSN.1 '//', TS 44.018 8.9) and the receiver
                        // assumes L: a tail that is nothing but spare padding carries no field, and
                        // its pattern bits must not be read as '0 | 1' presence flags.
                        siChangeAlt = Boolean.FALSE;
                        if (!onlySparePaddingLeft()) {
                            siChangeAlt = in.high("SI_CHANGE_ALT");
                        }
                        if (!onlySparePaddingLeft() && in.bit("PEO_DSC and RCC")) {
                            peoDsc = in.bits(2, "PEO_DSC");
                            rcc = in.bits(3, "RCC");
                        }
                        if (!onlySparePaddingLeft() && in.bit("C1_DELTA_MIN and C1_DELTA_MAX")) {
                            c1DeltaMin = in.bits(2, "C1_DELTA_MIN");
                            c1DeltaMax = in.bits(3, "C1_DELTA_MAX");
                        }
                    }
                }
            }
            return new Si13RestOctets(true, bcchChangeMark, siChangeField, rac, sgsnr, si13ChangeMark, pbcchPresent,
                    spgcCcchSup, priorityAccessThr, networkControlOrder, cellOptions, powerControl, siStatusInd,
                    lbMsTxpwrMaxCch, si2nSupport, siChangeAlt, peoDsc, rcc, c1DeltaMin, c1DeltaMax);
        }

        /** {@code { null | L | H <additions> }}: absent on L or when the octets end. */
        private boolean additions(String release) {
            return in.hasBits(1) && in.high("Additions in " + release);
        }

        private boolean onlySparePaddingLeft() {
            for (long bit = in.bitPosition(); bit < in.bitPosition() + in.bitsRemaining(); bit++) {
                int octet = octets.get(start + (int) (bit >>> 3)) & 0xff;
                int shift = 7 - (int) (bit & 7);
                if (((octet >>> shift) & 1) != ((CSN1_PADDING >>> shift) & 1)) {
                    return false;
                }
            }
            return true;
        }

        /** GPRS Mobile Allocation IE, TS 44.060 12.10a. */
        private void skipGprsMobileAllocation() {
            in.skip(6, "HSN");
            if (in.bit("RFL number list")) {
                do {
                    in.skip(4, "RFL_NUMBER");
                } while (in.bit("RFL number list continues"));
            }
            if (!in.bit("MA coding")) {
                int length = in.bits(6, "MA_LENGTH");
                in.skip(length + 1L, "MA_BITMAP");
            } else if (in.bit("ARFCN index list")) {
                do {
                    in.skip(6, "ARFCN_INDEX");
                } while (in.bit("ARFCN index list continues"));
            }
        }

        /** PBCCH Description struct, TS 44.018 10.5.2.37b. */
        private void skipPbcchDescription() {
            in.skip(4 + 3 + 3, "Pb, TSC, TN");
            if (!in.bit("PBCCH carrier")) {
                if (in.bit("PBCCH ARFCN")) {
                    in.skip(10, "ARFCN");
                }
            } else {
                in.skip(6, "MAIO");
            }
        }

        /** GPRS Cell Options IE, TS 44.060 12.24. */
        private GprsCellOptions parseGprsCellOptions() {
            int nmo = in.bits(2, "NMO");
            int t3168 = in.bits(3, "T3168");
            int t3192 = in.bits(3, "T3192");
            int drxTimerMax = in.bits(3, "DRX_TIMER_MAX");
            boolean accessBurstType = in.bit("ACCESS_BURST_TYPE");
            boolean controlAckType = in.bit("CONTROL_ACK_TYPE");
            int bsCvMax = in.bits(4, "BS_CV_MAX");
            Integer panDec = null;
            Integer panInc = null;
            Integer panMax = null;
            if (in.bit("PAN fields")) {
                panDec = in.bits(3, "PAN_DEC");
                panInc = in.bits(3, "PAN_INC");
                panMax = in.bits(3, "PAN_MAX");
            }
            GprsCellOptionsExtension extension = null;
            if (in.bit("Extension Information")) {
                extension = new ExtensionParser(in.bits(6, "Extension Length") + 1).parse();
            }
            return new GprsCellOptions(nmo, t3168, t3192, drxTimerMax, accessBurstType, controlAckType, bsCvMax,
                    panDec, panInc, panMax, extension);
        }

        /**
         * The GPRS Cell Options Extension Information: release groups in order, each read only when
         * the stated length still holds it whole; whatever the length leaves over is spare.
         */
        private final class ExtensionParser {
            private final int lengthBits;
            private final long end;
            private Boolean egprsSupported;
            private Boolean egprsPacketChannelRequest;
            private Integer bepPeriod;
            private Boolean pfcFeatureMode;
            private Boolean dtmSupport;
            private Boolean bssPagingCoordination;
            private Boolean ccnActive;
            private Boolean nwExtUtbf;
            private Boolean multipleTbfCapability;
            private Boolean extUtbfNoData;
            private Boolean dtmEnhancementsCapability;
            private Boolean mbmsSupported;
            private Boolean dedicatedModeMbmsNotificationSupport;
            private Boolean mnciSupport;
            private Boolean reducedLatencyAccess;
            private Boolean nmoIAlternate;

            ExtensionParser(int lengthBits) {
                this.lengthBits = lengthBits;
                if (!in.hasBits(lengthBits)) {
                    in.skip(lengthBits, "GPRS Cell Options Extension Information");
                }
                this.end = in.bitPosition() + lengthBits;
            }

            GprsCellOptionsExtension parse() {
                List<BooleanSupplier> groupsInReleaseOrder =
                        List.of(this::readR99, this::readRel4, this::readRel6, this::readRel7, this::readRel10);
                for (BooleanSupplier group : groupsInReleaseOrder) {
                    if (!group.getAsBoolean()) {
                        break;
                    }
                }
                in.skip(end - in.bitPosition(), "Extension Information spare bits");
                return new GprsCellOptionsExtension(lengthBits, egprsSupported, egprsPacketChannelRequest, bepPeriod,
                        pfcFeatureMode, dtmSupport, bssPagingCoordination, ccnActive, nwExtUtbf, multipleTbfCapability,
                        extUtbfNoData, dtmEnhancementsCapability, mbmsSupported, dedicatedModeMbmsNotificationSupport,
                        mnciSupport, reducedLatencyAccess, nmoIAlternate);
            }

            private long left() {
                return end - in.bitPosition();
            }

            private boolean readR99() {
                if (left() < 1) {
                    return false;
                }
                boolean egprs = in.bit("EGPRS supported");
                if (left() < (egprs ? 5 : 0) + 3) {
                    return false;
                }
                egprsSupported = egprs;
                if (egprs) {
                    egprsPacketChannelRequest = in.bit("EGPRS_PACKET_CHANNEL_REQUEST");
                    bepPeriod = in.bits(4, "BEP_PERIOD");
                }
                pfcFeatureMode = in.bit("PFC_FEATURE_MODE");
                dtmSupport = in.bit("DTM_SUPPORT");
                bssPagingCoordination = in.bit("BSS_PAGING_COORDINATION");
                return true;
            }

            private boolean readRel4() {
                if (left() < 2) {
                    return false;
                }
                ccnActive = in.bit("CCN_ACTIVE");
                nwExtUtbf = in.bit("NW_EXT_UTBF");
                return true;
            }

            private boolean readRel6() {
                if (left() < 4) {
                    return false;
                }
                boolean multipleTbf = in.bit("MULTIPLE_TBF_CAPABILITY");
                boolean noData = in.bit("EXT_UTBF_NODATA");
                boolean dtmEnhancements = in.bit("DTM_ENHANCEMENTS_CAPABILITY");
                boolean mbms = in.bit("MBMS procedures");
                if (mbms && left() < 2) {
                    return false;
                }
                multipleTbfCapability = multipleTbf;
                extUtbfNoData = noData;
                dtmEnhancementsCapability = dtmEnhancements;
                mbmsSupported = mbms;
                if (mbms) {
                    dedicatedModeMbmsNotificationSupport = in.bit("DEDICATED_MODE_MBMS_NOTIFICATION_SUPPORT");
                    mnciSupport = in.bit("MNCI_SUPPORT");
                }
                return true;
            }

            private boolean readRel7() {
                if (left() < 1) {
                    return false;
                }
                reducedLatencyAccess = in.bit("REDUCED_LATENCY_ACCESS");
                return true;
            }

            private boolean readRel10() {
                if (left() < 1) {
                    return false;
                }
                nmoIAlternate = in.bit("NMO_I_ALTERNATE");
                return true;
            }
        }
    }
}
