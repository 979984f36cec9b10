package org.roguewatch.gsmtap;

/** GSMTAP payload types ({@code GSMTAP_TYPE_*} in libosmocore's gsmtap.h). */
public final class GsmtapType {
    public static final int UM = 0x01;
    public static final int ABIS = 0x02;
    public static final int UM_BURST = 0x03;
    public static final int SIM = 0x04;
    public static final int TETRA_I1 = 0x05;
    public static final int TETRA_I1_BURST = 0x06;
    public static final int WMX_BURST = 0x07;
    public static final int GB_LLC = 0x08;
    public static final int GB_SNDCP = 0x09;
    public static final int GMR1_UM = 0x0a;
    public static final int UMTS_RLC_MAC = 0x0b;
    public static final int UMTS_RRC = 0x0c;
    public static final int LTE_RRC = 0x0d;
    public static final int LTE_MAC = 0x0e;
    public static final int LTE_MAC_FRAMED = 0x0f;
    public static final int OSMOCORE_LOG = 0x10;
    public static final int QC_DIAG = 0x11;
    public static final int LTE_NAS = 0x12;
    public static final int E1T1 = 0x13;
    public static final int GSM_RLP = 0x14;

    private static final String[] NAMES = {
        "UNKNOWN_0", "UM", "ABIS", "UM_BURST", "SIM", "TETRA_I1", "TETRA_I1_BURST", "WMX_BURST",
        "GB_LLC", "GB_SNDCP", "GMR1_UM", "UMTS_RLC_MAC", "UMTS_RRC", "LTE_RRC", "LTE_MAC",
        "LTE_MAC_FRAMED", "OSMOCORE_LOG", "QC_DIAG", "LTE_NAS", "E1T1", "GSM_RLP",
    };

    private GsmtapType() {
    }

    /** The gsmtap.h name without its prefix, e.g. {@code UM}, or {@code TYPE_0x2a} if unknown. */
    public static String name(int type) {
        if (type >= 0 && type < NAMES.length) {
            return NAMES[type];
        }
        return String.format("TYPE_0x%02x", type);
    }
}
