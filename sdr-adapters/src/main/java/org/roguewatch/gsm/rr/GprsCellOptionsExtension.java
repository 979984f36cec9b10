package org.roguewatch.gsm.rr;

/**
 * The Extension Information of the GPRS Cell Options IE (TS 44.060 12.24). It is length-prefixed
 * and may end after any release's group of fields, so each group is {@code null} when the sender
 * stopped before it.
 *
 * @param lengthBits                 the extension's length in bits (Extension Length + 1)
 * @param egprsSupported             R99: EGPRS supported by the cell
 * @param egprsPacketChannelRequest  R99: EGPRS_PACKET_CHANNEL_REQUEST, when EGPRS is supported
 * @param bepPeriod                  R99: BEP_PERIOD, when EGPRS is supported
 * @param pfcFeatureMode             R99: PFC_FEATURE_MODE
 * @param dtmSupport                 R99: DTM_SUPPORT
 * @param bssPagingCoordination      R99: BSS_PAGING_COORDINATION
 * @param ccnActive                  Rel-4: CCN_ACTIVE
 * @param nwExtUtbf                  Rel-4: NW_EXT_UTBF
 * @param multipleTbfCapability      Rel-6: MULTIPLE_TBF_CAPABILITY
 * @param extUtbfNoData              Rel-6: EXT_UTBF_NODATA
 * @param dtmEnhancementsCapability  Rel-6: DTM_ENHANCEMENTS_CAPABILITY
 * @param mbmsSupported              Rel-6: MBMS procedures supported by the cell
 * @param dedicatedModeMbmsNotificationSupport Rel-6: DEDICATED_MODE_MBMS_NOTIFICATION_SUPPORT, when MBMS is supported
 * @param mnciSupport                Rel-6: MNCI_SUPPORT, when MBMS is supported
 * @param reducedLatencyAccess       Rel-7: REDUCED_LATENCY_ACCESS
 * @param nmoIAlternate              Rel-10: NMO_I_ALTERNATE
 */
public record GprsCellOptionsExtension(
        int lengthBits,
        Boolean egprsSupported,
        Boolean egprsPacketChannelRequest,
        Integer bepPeriod,
        Boolean pfcFeatureMode,
        Boolean dtmSupport,
        Boolean bssPagingCoordination,
        Boolean ccnActive,
        Boolean nwExtUtbf,
        Boolean multipleTbfCapability,
        Boolean extUtbfNoData,
        Boolean dtmEnhancementsCapability,
        Boolean mbmsSupported,
        Boolean dedicatedModeMbmsNotificationSupport,
        Boolean mnciSupport,
        Boolean reducedLatencyAccess,
        Boolean nmoIAlternate) {

    public GprsCellOptionsExtension {
        if (lengthBits < 1 || lengthBits > 64) {
            throw new IllegalArgumentException("extension length " + lengthBits + " bits, expected 1..64");
        }
        Fields.requireRange("bepPeriod", bepPeriod, 4);
    }
}
