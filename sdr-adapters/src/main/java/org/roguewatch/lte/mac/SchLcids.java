package org.roguewatch.lte.mac;

/**
 * The LCID values of DL-SCH and UL-SCH sub-headers (TS 36.321 Tables 6.2.1-1 and 6.2.1-2, Rel-16):
 * what each code is, and the size of the fixed-size control elements, whose sub-headers carry no L
 * field (6.1.2).
 */
final class SchLcids {
    /** What a sub-header's LCID makes of the bytes it describes. */
    enum Role {
        /** A MAC SDU of a logical channel: L field unless last. */
        DATA,
        /** A control element of fixed size: no L field. */
        FIXED_CONTROL,
        /** A control element of variable size: L field unless last. */
        VARIABLE_CONTROL,
        /** LCID 16: an extra octet carries the eLCID (6.1.2, Rel-15), then as DATA. */
        EXTENDED,
        PADDING,
        /** Reserved: the size of what follows cannot be known. */
        RESERVED
    }

    static final int CCCH = 0;
    static final int EXTENDED_LCID = 16;
    static final int PADDING = 31;
    /** The logical channel identity an eLCID stands for is 32 + eLCID (Table 6.2.1-1a). */
    static final int ELCID_BASE = 32;

    /** Sizes of fixed-size DL control elements by LCID 17..30 (0 where not fixed-size). */
    private static final int[] DL_FIXED = new int[32];
    private static final int[] UL_FIXED = new int[32];
    private static final boolean[] DL_IS_FIXED = new boolean[32];
    private static final boolean[] UL_IS_FIXED = new boolean[32];

    static {
        fixed(DL_FIXED, DL_IS_FIXED, 17, 0); // DCQR Command
        fixed(DL_FIXED, DL_IS_FIXED, 18, 1); // Activation/Deactivation of PDCP Duplication
        fixed(DL_FIXED, DL_IS_FIXED, 19, 1); // Hibernation (1 octet)
        fixed(DL_FIXED, DL_IS_FIXED, 20, 4); // Hibernation (4 octets)
        fixed(DL_FIXED, DL_IS_FIXED, 22, 2); // Recommended bit rate
        fixed(DL_FIXED, DL_IS_FIXED, 23, 0); // SC-PTM Stop Indication
        fixed(DL_FIXED, DL_IS_FIXED, 24, 4); // Activation/Deactivation (4 octets)
        fixed(DL_FIXED, DL_IS_FIXED, 26, 0); // Long DRX Command
        fixed(DL_FIXED, DL_IS_FIXED, 27, 1); // Activation/Deactivation (1 octet)
        fixed(DL_FIXED, DL_IS_FIXED, 28, 6); // UE Contention Resolution Identity
        fixed(DL_FIXED, DL_IS_FIXED, 29, 1); // Timing Advance Command
        fixed(DL_FIXED, DL_IS_FIXED, 30, 0); // DRX Command
        fixed(UL_FIXED, UL_IS_FIXED, 15, 2); // Timing Advance Report
        fixed(UL_FIXED, UL_IS_FIXED, 17, 1); // DCQR and AS RAI
        fixed(UL_FIXED, UL_IS_FIXED, 18, 4); // AUL confirmation (4 octets)
        fixed(UL_FIXED, UL_IS_FIXED, 19, 1); // AUL confirmation (1 octet)
        fixed(UL_FIXED, UL_IS_FIXED, 20, 2); // Recommended bit rate query
        fixed(UL_FIXED, UL_IS_FIXED, 21, 0); // SPS confirmation
        fixed(UL_FIXED, UL_IS_FIXED, 26, 1); // Power Headroom Report
        fixed(UL_FIXED, UL_IS_FIXED, 27, 2); // C-RNTI
        fixed(UL_FIXED, UL_IS_FIXED, 28, 1); // Truncated BSR
        fixed(UL_FIXED, UL_IS_FIXED, 29, 1); // Short BSR
        fixed(UL_FIXED, UL_IS_FIXED, 30, 3); // Long BSR
    }

    private SchLcids() {
    }

    private static void fixed(int[] sizes, boolean[] isFixed, int lcid, int size) {
        sizes[lcid] = size;
        isFixed[lcid] = true;
    }

    static Role role(int lcid, boolean uplink) {
        if (lcid <= 10) {
            return Role.DATA;
        }
        if (lcid == EXTENDED_LCID) {
            return Role.EXTENDED;
        }
        if (lcid == PADDING) {
            return Role.PADDING;
        }
        if (uplink ? UL_IS_FIXED[lcid] : DL_IS_FIXED[lcid]) {
            return Role.FIXED_CONTROL;
        }
        if (uplink) {
            // 11-13: CCCH variants (category 0, frequency hopping, with extended PHR) carry an SDU;
            // 22-25: Sidelink BSR, truncated Sidelink BSR, dual connectivity and extended PHR.
            if (lcid >= 11 && lcid <= 13) {
                return Role.DATA;
            }
            return lcid >= 22 && lcid <= 25 ? Role.VARIABLE_CONTROL : Role.RESERVED;
        }
        // 21: Activation/Deactivation of CSI-RS (variable); 25: SC-MCCH/SC-MTCH SDUs.
        if (lcid == 21) {
            return Role.VARIABLE_CONTROL;
        }
        return lcid == 25 ? Role.DATA : Role.RESERVED;
    }

    /** The size of a fixed-size control element; only for {@link Role#FIXED_CONTROL}. */
    static int fixedSize(int lcid, boolean uplink) {
        return uplink ? UL_FIXED[lcid] : DL_FIXED[lcid];
    }

    /** LCIDs that carry the CCCH (SRB0) in this direction. */
    static boolean isCcch(int lcid, boolean uplink) {
        return lcid == CCCH || (uplink && lcid >= 11 && lcid <= 13);
    }
}
