package org.roguewatch.observe;

import java.util.List;

/**
 * The parameters an LTE cell broadcasts that RogueWatch keeps, with the SIB and TS 36.331 IE each
 * comes from, and the events on its paging channel that detectors read.
 */
public final class LteFields {
    public static final CellField<String> MCC = field("mcc", String.class, "lte-rrc.mcc", "Mobile Country Code of the first PLMN (SIB1)");
    public static final CellField<String> MNC = field("mnc", String.class, "lte-rrc.mnc", "Mobile Network Code of the first PLMN (SIB1)");
    public static final CellField<Integer> TAC = field("tac", Integer.class, "lte-rrc.trackingAreaCode", "Tracking Area Code (SIB1)");
    public static final CellField<Integer> ECI = field("eci", Integer.class, "lte-rrc.cellIdentity", "E-UTRAN cell identity, 28 bits (SIB1)");
    public static final CellField<Boolean> CELL_BARRED = field("cellBarred", Boolean.class, "lte-rrc.cellBarred", "cellBarred (SIB1)");
    public static final CellField<Integer> Q_RX_LEV_MIN = field("qRxLevMin", Integer.class, "lte-rrc.q_RxLevMin", "q-RxLevMin IE value, dBm = 2 × value (SIB1)");
    public static final CellField<Integer> FREQ_BAND = field("freqBandIndicator", Integer.class, "lte-rrc.freqBandIndicator", "E-UTRA band (SIB1)");
    public static final CellField<ArfcnList> SCHEDULED_SIBS = field("scheduledSibs", ArfcnList.class, "lte-rrc.sib_MappingInfo", "SIB types the cell schedules, SIB2 included (SIB1 schedulingInfoList)");
    public static final CellField<Integer> SERVING_PRIORITY = field("cellReselectionPriority", Integer.class, "lte-rrc.cellReselectionPriority", "reselection priority of the serving frequency (SIB3)");
    public static final CellField<Integer> THRESH_SERVING_LOW = field("threshServingLow", Integer.class, "lte-rrc.threshServingLow", "threshServingLow (SIB3)");
    public static final CellField<Integer> S_NON_INTRA_SEARCH = field("sNonIntraSearch", Integer.class, "lte-rrc.s_NonIntraSearch", "s-NonIntraSearch (SIB3)");
    public static final CellField<ArfcnList> EUTRA_NEIGHBOUR_FREQS = field("eutraNeighbourFreqs", ArfcnList.class, "lte-rrc.dl_CarrierFreq", "inter-frequency EARFCNs (SIB5)");
    public static final CellField<Integer> EUTRA_MAX_PRIORITY = field("eutraMaxPriority", Integer.class, "lte-rrc.cellReselectionPriority", "highest inter-frequency LTE priority (SIB5)");
    public static final CellField<ArfcnList> UTRA_NEIGHBOUR_FREQS = field("utraNeighbourFreqs", ArfcnList.class, "lte-rrc.carrierFreq", "UTRA UARFCNs (SIB6)");
    public static final CellField<Integer> UTRA_MAX_PRIORITY = field("utraMaxPriority", Integer.class, "lte-rrc.cellReselectionPriority", "highest UTRA priority (SIB6)");
    public static final CellField<ArfcnList> GERAN_NEIGHBOUR_ARFCNS = field("geranNeighbourArfcns", ArfcnList.class, "lte-rrc.startingARFCN", "GERAN ARFCNs (SIB7)");
    public static final CellField<Integer> GERAN_MAX_PRIORITY = field("geranMaxPriority", Integer.class, "lte-rrc.cellReselectionPriority", "highest GERAN priority (SIB7)");
    public static final CellField<Integer> T300 = field("t300", Integer.class, "lte-rrc.t300", "T300 in ms (SIB2)");
    public static final CellField<Integer> T310 = field("t310", Integer.class, "lte-rrc.t310", "T310 in ms (SIB2)");
    public static final CellField<Integer> N310 = field("n310", Integer.class, "lte-rrc.n310", "N310 (SIB2)");
    public static final CellField<String> PAGED_IMSI = field("pagedImsi", String.class, "lte-rrc.imsi", "IMSI a paging record was addressed to (PCCH)");
    public static final CellField<Integer> RRC_CIPHER_ALGORITHM = field("rrcCipheringAlgorithm", Integer.class, "lte-rrc.cipheringAlgorithm", "EEA commanded by RRC Security Mode Command");
    public static final CellField<Integer> RRC_INTEGRITY_ALGORITHM = field("rrcIntegrityAlgorithm", Integer.class, "lte-rrc.integrityProtAlgorithm", "EIA commanded by RRC Security Mode Command");
    public static final CellField<Integer> NAS_CIPHER_ALGORITHM = field("nasCipheringAlgorithm", Integer.class, "nas_eps.emm.toc", "EEA selected by NAS Security Mode Command");
    public static final CellField<Integer> NAS_INTEGRITY_ALGORITHM = field("nasIntegrityAlgorithm", Integer.class, "nas_eps.emm.toi", "EIA selected by NAS Security Mode Command");

    /** Every LTE field, in report order. */
    public static final List<CellField<?>> ALL = List.of(MCC, MNC, TAC, ECI, CELL_BARRED, Q_RX_LEV_MIN, FREQ_BAND,
            SCHEDULED_SIBS, SERVING_PRIORITY, THRESH_SERVING_LOW, S_NON_INTRA_SEARCH, EUTRA_NEIGHBOUR_FREQS,
            EUTRA_MAX_PRIORITY, UTRA_NEIGHBOUR_FREQS, UTRA_MAX_PRIORITY, GERAN_NEIGHBOUR_ARFCNS, GERAN_MAX_PRIORITY,
            T300, T310, N310, PAGED_IMSI, RRC_CIPHER_ALGORITHM, RRC_INTEGRITY_ALGORITHM, NAS_CIPHER_ALGORITHM,
            NAS_INTEGRITY_ALGORITHM);

    private LteFields() {
    }

    private static <T> CellField<T> field(String name, Class<T> type, String tsharkField, String description) {
        return new CellField<>(name, type, tsharkField, description);
    }
}
