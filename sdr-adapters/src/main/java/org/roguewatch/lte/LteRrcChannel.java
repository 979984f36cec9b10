package org.roguewatch.lte;

/** LTE RRC logical channels by GSMTAP sub-type (libosmocore gsmtap.h, GSMTAP_LTE_RRC_SUB_*). */
public final class LteRrcChannel {
    public static final int DL_CCCH = 0;
    public static final int DL_DCCH = 1;
    public static final int UL_CCCH = 2;
    public static final int UL_DCCH = 3;
    public static final int BCCH_BCH = 4;
    public static final int BCCH_DL_SCH = 5;
    public static final int PCCH = 6;
    public static final int MCCH = 7;

    private static final String[] NAMES = {"DL-CCCH", "DL-DCCH", "UL-CCCH", "UL-DCCH", "BCCH-BCH", "BCCH-DL-SCH",
        "PCCH", "MCCH"};

    private LteRrcChannel() {
    }

    public static String name(int subType) {
        return subType >= 0 && subType < NAMES.length ? NAMES[subType] : "LTE-RRC-" + subType;
    }

    /** Uplink channels: the UE speaks. */
    public static boolean isUplink(int subType) {
        return subType == UL_CCCH || subType == UL_DCCH;
    }
}
