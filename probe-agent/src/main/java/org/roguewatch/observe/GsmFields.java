package org.roguewatch.observe;

import java.util.List;

/**
 * The parameters a GSM cell broadcasts that RogueWatch keeps, with the message and clause of
 * TS 44.018 each comes from.
 */
public final class GsmFields {
    public static final CellField<String> MCC = field("mcc", String.class, "e212.lai.mcc", "Mobile Country Code (SI3/SI4/SI6 LAI)");
    public static final CellField<String> MNC = field("mnc", String.class, "e212.lai.mnc", "Mobile Network Code (SI3/SI4/SI6 LAI)");
    public static final CellField<Integer> LAC = field("lac", Integer.class, "gsm_a.lac", "Location Area Code (SI3/SI4/SI6)");
    public static final CellField<Integer> CI = field("ci", Integer.class, "gsm_a.bssmap.cell_ci", "Cell Identity (SI3/SI6)");
    public static final CellField<ArfcnList> CELL_ALLOCATION = field("cellAllocation", ArfcnList.class, "gsm_a.rr.arfcn_list", "Cell Channel Description (SI1, 10.5.2.1b)");
    public static final CellField<ArfcnList> NEIGHBOURS = field("neighbours", ArfcnList.class, "gsm_a.rr.arfcn_list", "BA list, Neighbour Cell Description (SI2, 10.5.2.22)");
    public static final CellField<ArfcnList> NEIGHBOURS_EXT = field("neighboursBis", ArfcnList.class, "gsm_a.rr.arfcn_list", "extended BA list (SI2bis)");
    public static final CellField<ArfcnList> NEIGHBOURS_MULTIBAND = field("neighboursTer", ArfcnList.class, "gsm_a.rr.arfcn_list", "multiband BA list (SI2ter, 10.5.2.22a)");
    public static final CellField<ArfcnList> NEIGHBOURS_DEDICATED = field("neighboursSacch", ArfcnList.class, "gsm_a.rr.arfcn_list", "dedicated-mode BA list (SI5/5bis/5ter)");
    public static final CellField<Boolean> BA_EXT_IND = field("baExtInd", Boolean.class, "gsm_a.rr.ext_ind", "SI2 EXT-IND: the BA list continues in SI2bis");
    public static final CellField<Integer> NCC_PERMITTED = field("nccPermitted", Integer.class, "gsm_a.rr.ncc_permitted", "NCC permitted bit map (SI2)");
    public static final CellField<Integer> T3212 = field("t3212", Integer.class, "gsm_a.rr.t3212", "periodic location update timer, deci-hours (SI3)");
    public static final CellField<Boolean> ATT = field("att", Boolean.class, "gsm_a.rr.att", "IMSI attach/detach (SI3)");
    public static final CellField<Integer> BS_AG_BLKS_RES = field("bsAgBlksRes", Integer.class, "gsm_a.rr.bs_ag_blks_res", "access grant blocks reserved (SI3)");
    public static final CellField<Integer> BS_PA_MFRMS = field("bsPaMfrms", Integer.class, "gsm_a.rr.bs_pa_mfrms", "paging multiframes code (SI3)");
    public static final CellField<Integer> CCCH_CONF = field("ccchConf", Integer.class, "gsm_a.rr.ccch_conf", "CCCH configuration (SI3)");
    public static final CellField<Integer> MSCR = field("mscr", Integer.class, "gsm_a.rr.mscr", "MSC release (SI3)");
    public static final CellField<Integer> RADIO_LINK_TIMEOUT = field("radioLinkTimeout", Integer.class, "gsm_a.rr.radio_link_timeout", "radio link timeout code (SI3 cell options)");
    public static final CellField<Integer> CELL_RESELECT_HYSTERESIS = field("cellReselectHysteresis", Integer.class, "gsm_a.rr.cell_reselect_hyst", "CRH (SI3/SI4)");
    public static final CellField<Integer> MS_TXPWR_MAX_CCH = field("msTxpwrMaxCch", Integer.class, "gsm_a.rr.ms_txpwr_max_cch", "MS_TXPWR_MAX_CCH (SI3/SI4)");
    public static final CellField<Integer> RXLEV_ACCESS_MIN = field("rxlevAccessMin", Integer.class, "gsm_a.rr.rxlev_access_min", "RXLEV_ACCESS_MIN code (SI3/SI4)");
    public static final CellField<Boolean> NECI = field("neci", Boolean.class, "gsm_a.rr.neci", "NECI (SI3/SI4)");
    public static final CellField<Boolean> CELL_BARRED = field("cellBarred", Boolean.class, "gsm_a.rr.cell_barr_access", "CELL_BAR_ACCESS (SI1/2/3/4)");
    public static final CellField<Boolean> REESTABLISHMENT_NOT_ALLOWED = field("reNotAllowed", Boolean.class, "gsm_a.rr.re", "RE (SI1/2/3/4)");
    public static final CellField<Integer> MAX_RETRANS = field("maxRetrans", Integer.class, "gsm_a.rr.max_retrans", "RACH max retransmissions code (SI1/2/3/4)");
    public static final CellField<Integer> TX_INTEGER = field("txInteger", Integer.class, "gsm_a.rr.tx_integer", "RACH Tx-integer (SI1/2/3/4)");
    public static final CellField<Integer> ACCESS_CONTROL_CLASSES = field("acc", Integer.class, "gsm_a.rr.acc", "barred access classes bit map (SI1/2/3/4)");
    public static final CellField<Integer> CELL_RESELECT_OFFSET = field("cellReselectOffset", Integer.class, "gsm_a.rr.cell_reselect_offset", "CELL_RESELECT_OFFSET code, 2 dB steps (SI3/SI4 rest octets)");
    public static final CellField<Integer> TEMPORARY_OFFSET = field("temporaryOffset", Integer.class, "gsm_a.rr.temporary_offset", "TEMPORARY_OFFSET code, 10 dB steps (SI3/SI4 rest octets)");
    public static final CellField<Integer> PENALTY_TIME = field("penaltyTime", Integer.class, "gsm_a.rr.penalty_time", "PENALTY_TIME code, 20 s steps (SI3/SI4 rest octets)");
    public static final CellField<Boolean> CBQ = field("cbq", Boolean.class, "gsm_a.rr.cbq", "cell bar qualify (SI3/SI4 rest octets)");
    public static final CellField<Boolean> GPRS_INDICATOR = field("gprsIndicator", Boolean.class, "gsm_a.rr.gprs_indicator", "GPRS indicator present (SI3/SI4 rest octets)");
    public static final CellField<Boolean> SI2TER_INDICATOR = field("si2terIndicator", Boolean.class, "gsm_a.rr.si2ter_ind", "SI2ter available (SI3 rest octets)");
    public static final CellField<Boolean> SI2QUATER_INDICATOR = field("si2quaterIndicator", Boolean.class, "gsm_a.rr.si2quater_ind", "SI2quater indicator (SI3 rest octets)");
    public static final CellField<Integer> CIPHER_ALGORITHM = field("cipherAlgorithm", Integer.class, "gsm_a.rr.algorithm_identifier", "A5 algorithm commanded, 0 = none (Ciphering Mode Command)");

    /** Every GSM field, in report order. */
    public static final List<CellField<?>> ALL = List.of(MCC, MNC, LAC, CI, CELL_ALLOCATION, NEIGHBOURS, NEIGHBOURS_EXT,
            NEIGHBOURS_MULTIBAND, NEIGHBOURS_DEDICATED, BA_EXT_IND, NCC_PERMITTED, T3212, ATT, BS_AG_BLKS_RES,
            BS_PA_MFRMS, CCCH_CONF, MSCR, RADIO_LINK_TIMEOUT, CELL_RESELECT_HYSTERESIS, MS_TXPWR_MAX_CCH,
            RXLEV_ACCESS_MIN, NECI, CELL_BARRED, REESTABLISHMENT_NOT_ALLOWED, MAX_RETRANS, TX_INTEGER,
            ACCESS_CONTROL_CLASSES, CELL_RESELECT_OFFSET, TEMPORARY_OFFSET, PENALTY_TIME, CBQ, GPRS_INDICATOR,
            SI2TER_INDICATOR, SI2QUATER_INDICATOR, CIPHER_ALGORITHM);

    private GsmFields() {
    }

    private static <T> CellField<T> field(String name, Class<T> type, String tsharkField, String description) {
        return new CellField<>(name, type, tsharkField, description);
    }
}
