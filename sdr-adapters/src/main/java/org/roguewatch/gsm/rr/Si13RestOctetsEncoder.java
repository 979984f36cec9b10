package org.roguewatch.gsm.rr;

/**
 * Encodes {@link Si13RestOctets} into the 20 rest octets of SYSTEM INFORMATION TYPE 13
 * (TS 44.018 9.1.43a, 10.5.2.37b) for the simulated air. The encoder writes the PBCCH-absent
 * branch only (TS 44.018 1.8: PBCCH shall never be indicated) and no GPRS Mobile Allocation, which
 * the record does not keep.
 */
public final class Si13RestOctetsEncoder {
    /** SI 13 Rest Octets are 20 octets (TS 44.018 table 9.1.43a.1). */
    public static final int REST_OCTETS_LENGTH = 20;
    /** The L2 pseudo length of SYSTEM INFORMATION TYPE 13 (TS 44.018 9.1.43a). */
    static final int L2_PSEUDO_LENGTH = 0;
    private static final int MESSAGE_TYPE = 0x00;

    private Si13RestOctetsEncoder() {
    }

    /**
     * SI13 contents of an ordinary GPRS cell, modelled on a live network's broadcast: NMO II,
     * T3168 500 ms, T3192 200 ms, DRX_TIMER_MAX 64 s, 8-bit access bursts, BS_CV_MAX 6, CCN active,
     * power control ALPHA 0, SGSN of Release 99 onwards, PACKET SI STATUS supported.
     */
    public static Si13RestOctets typicalGprsCell(int bcchChangeMark, int rac) {
        GprsCellOptionsExtension extension = new GprsCellOptionsExtension(10, false, null, null, false, false,
                false, true, true, false, true, false, false, null, null, null, null);
        GprsCellOptions options = new GprsCellOptions(1, 0, 7, 7, false, true, 6, 1, 2, 4, extension);
        GprsPowerControlParameters power = new GprsPowerControlParameters(0, 12, 10, false, 2);
        return new Si13RestOctets(true, bcchChangeMark, 0, rac, true, null, false, false, 6, 0, options, power, true,
                null, null, null, null, null, null, null);
    }

    /**
     * @throws IllegalArgumentException when the content cannot be expressed: a PBCCH, an
     *                                  SI13_CHANGE_MARK (it needs the GPRS Mobile Allocation), or
     *                                  missing mandatory fields
     */
    public static byte[] encode(Si13RestOctets content) {
        RestOctetsWriter out = new RestOctetsWriter(REST_OCTETS_LENGTH);
        out.high(content.present());
        if (!content.present()) {
            return out.toOctets();
        }
        if (content.pbcchPresent() || content.si13ChangeMark() != null) {
            throw new IllegalArgumentException("PBCCH and GPRS Mobile Allocation are not encoded");
        }
        out.bits(required(content.bcchChangeMark(), "BCCH_CHANGE_MARK"), 3)
                .bits(required(content.siChangeField(), "SI_CHANGE_FIELD"), 4);
        out.bit(false); // SI13_CHANGE_MARK + GPRS Mobile Allocation
        out.bit(false); // PBCCH not present
        out.bits(required(content.rac(), "RAC"), 8)
                .bit(required(content.spgcCcchSup(), "SPGC_CCCH_SUP"))
                .bits(required(content.priorityAccessThr(), "PRIORITY_ACCESS_THR"), 3)
                .bits(required(content.networkControlOrder(), "NETWORK_CONTROL_ORDER"), 2);
        writeCellOptions(out, required(content.gprsCellOptions(), "GPRS Cell Options"));
        GprsPowerControlParameters power = required(content.gprsPowerControl(), "GPRS Power Control Parameters");
        out.bits(power.alpha(), 4).bits(power.tAvgW(), 5).bits(power.tAvgT(), 5).bit(power.pcMeasChan())
                .bits(power.nAvgI(), 4);
        writeReleaseAdditions(out, content);
        return out.toOctets();
    }

    /**
     * The whole 23-octet block as sent on the BCCH: L2 pseudo length, RR protocol discriminator,
     * message type 0x00, then {@link #encode(Si13RestOctets)}.
     */
    public static byte[] encodeBlock(Si13RestOctets content) {
        return RestOctetsWriter.bcchBlock(L2_PSEUDO_LENGTH, MESSAGE_TYPE, encode(content));
    }

    private static void writeReleaseAdditions(RestOctetsWriter out, Si13RestOctets content) {
        boolean rel6 = content.si2nSupport() != null;
        boolean rel4 = content.siStatusInd() != null || rel6;
        boolean r99 = content.sgsnr() != null || rel4;
        out.high(r99);
        if (!r99) {
            return;
        }
        out.bit(Boolean.TRUE.equals(content.sgsnr()));
        out.high(rel4);
        if (!rel4) {
            return;
        }
        out.bit(Boolean.TRUE.equals(content.siStatusInd()));
        out.high(rel6);
        if (!rel6) {
            return;
        }
        out.optional(content.lbMsTxpwrMaxCch(), 5).bits(content.si2nSupport(), 2);
        boolean rel13 = content.peoDsc() != null || content.c1DeltaMin() != null;
        if (!rel13 && !Boolean.TRUE.equals(content.siChangeAlt())) {
            return; // truncated here (CSN.1 '//'): the receiver assumes L for what follows
        }
        out.high(Boolean.TRUE.equals(content.siChangeAlt()));
        if (!rel13) {
            return;
        }
        out.bit(content.peoDsc() != null);
        if (content.peoDsc() != null) {
            out.bits(content.peoDsc(), 2).bits(required(content.rcc(), "RCC"), 3);
        }
        out.bit(content.c1DeltaMin() != null);
        if (content.c1DeltaMin() != null) {
            out.bits(content.c1DeltaMin(), 2).bits(required(content.c1DeltaMax(), "C1_DELTA_MAX"), 3);
        }
    }

    private static void writeCellOptions(RestOctetsWriter out, GprsCellOptions options) {
        out.bits(options.networkOperationMode(), 2).bits(options.t3168(), 3).bits(options.t3192(), 3)
                .bits(options.drxTimerMax(), 3).bit(options.accessBurstType()).bit(options.controlAckType())
                .bits(options.bsCvMax(), 4);
        out.bit(options.panDec() != null);
        if (options.panDec() != null) {
            out.bits(options.panDec(), 3).bits(options.panInc(), 3).bits(options.panMax(), 3);
        }
        GprsCellOptionsExtension extension = options.extension();
        out.bit(extension != null);
        if (extension != null) {
            out.bits(extension.lengthBits() - 1, 6);
            int end = out.bitPosition() + extension.lengthBits();
            writeExtension(out, extension);
            if (out.bitPosition() > end) {
                throw new IllegalArgumentException("GPRS Cell Options extension fields need more than "
                        + extension.lengthBits() + " bits");
            }
            while (out.bitPosition() < end) {
                out.bit(false); // spare
            }
        }
    }

    /** Release groups in order, up to the first one the record does not hold. */
    private static void writeExtension(RestOctetsWriter out, GprsCellOptionsExtension ext) {
        if (ext.egprsSupported() == null) {
            return;
        }
        out.bit(ext.egprsSupported());
        if (ext.egprsSupported()) {
            out.bit(required(ext.egprsPacketChannelRequest(), "EGPRS_PACKET_CHANNEL_REQUEST"))
                    .bits(required(ext.bepPeriod(), "BEP_PERIOD"), 4);
        }
        out.bit(required(ext.pfcFeatureMode(), "PFC_FEATURE_MODE"))
                .bit(required(ext.dtmSupport(), "DTM_SUPPORT"))
                .bit(required(ext.bssPagingCoordination(), "BSS_PAGING_COORDINATION"));
        if (ext.ccnActive() == null) {
            return;
        }
        out.bit(ext.ccnActive()).bit(required(ext.nwExtUtbf(), "NW_EXT_UTBF"));
        if (ext.multipleTbfCapability() == null) {
            return;
        }
        out.bit(ext.multipleTbfCapability()).bit(required(ext.extUtbfNoData(), "EXT_UTBF_NODATA"))
                .bit(required(ext.dtmEnhancementsCapability(), "DTM_ENHANCEMENTS_CAPABILITY"));
        boolean mbms = required(ext.mbmsSupported(), "MBMS procedures");
        out.bit(mbms);
        if (mbms) {
            out.bit(required(ext.dedicatedModeMbmsNotificationSupport(), "DEDICATED_MODE_MBMS_NOTIFICATION_SUPPORT"))
                    .bit(required(ext.mnciSupport(), "MNCI_SUPPORT"));
        }
        if (ext.reducedLatencyAccess() == null) {
            return;
        }
        out.bit(ext.reducedLatencyAccess());
        if (ext.nmoIAlternate() != null) {
            out.bit(ext.nmoIAlternate());
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
