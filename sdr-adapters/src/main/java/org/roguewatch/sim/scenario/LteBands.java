package org.roguewatch.sim.scenario;

/**
 * Downlink frequencies of the common European LTE bands (TS 36.101 5.7.3: F = F_low + 0.1 (N - N_offs)
 * MHz), their band numbers and uplink EARFCNs.
 */
public final class LteBands {
    /**
     * The largest EARFCN a GSMTAP header can carry: its ARFCN field has 14 bits, the top two being the
     * PCS and uplink flags (libosmocore gsmtap.h GSMTAP_ARFCN_MASK 0x3fff).
     */
    public static final int GSMTAP_MAX_EARFCN = 0x3fff;

    /**
     * band, F_DL_low in 100 kHz, N_Offs-DL, last EARFCN, N_Offs-UL - N_Offs-DL (18000 in every FDD
     * band here: TS 36.101 table 5.7.3-1; 0 for the TDD band 38, whose uplink is its downlink).
     */
    private static final int[][] BANDS = {
        {1, 21100, 0, 599, 18000}, {3, 18050, 1200, 1949, 18000}, {7, 26200, 2750, 3449, 18000},
        {8, 9250, 3450, 3799, 18000}, {20, 7910, 6150, 6449, 18000}, {28, 7580, 9210, 9659, 18000},
        {38, 25700, 37750, 38249, 0},
    };

    private LteBands() {
    }

    /** @throws IllegalArgumentException for an EARFCN outside bands 1, 3, 7, 8, 20, 28, 38 */
    public static long downlinkHz(int earfcn) {
        int[] band = row(earfcn);
        return 100_000L * (band[1] + earfcn - band[2]);
    }

    public static boolean supported(int earfcn) {
        for (int[] band : BANDS) {
            if (earfcn >= band[2] && earfcn <= band[3]) {
                return true;
            }
        }
        return false;
    }

    /** The E-UTRA operating band of a downlink EARFCN (SIB1 freqBandIndicator). */
    public static int band(int earfcn) {
        return row(earfcn)[0];
    }

    /** The uplink EARFCN paired with a downlink one (SIB2 ul-CarrierFreq), or null for TDD. */
    public static Integer uplinkEarfcn(int earfcn) {
        int offset = row(earfcn)[4];
        return offset == 0 ? null : earfcn + offset;
    }

    /**
     * Checks an EARFCN a scenario or plan gives: a band the simulator knows, and small enough for the
     * GSMTAP header the probes' frames carry it in.
     *
     * @throws BadValue saying which of the two it fails
     */
    static int check(long earfcn, String text) throws BadValue {
        if (earfcn < 0 || earfcn > Integer.MAX_VALUE || !supported((int) earfcn)) {
            throw new BadValue("EARFCN " + text + " is not in a band the simulator knows (1, 3, 7, 8, 20, 28, 38)");
        }
        if (earfcn > GSMTAP_MAX_EARFCN) {
            throw new BadValue("EARFCN " + text + " does not fit the 14-bit ARFCN field of GSMTAP (at most "
                    + GSMTAP_MAX_EARFCN + ")");
        }
        return (int) earfcn;
    }

    private static int[] row(int earfcn) {
        for (int[] band : BANDS) {
            if (earfcn >= band[2] && earfcn <= band[3]) {
                return band;
            }
        }
        throw new IllegalArgumentException("EARFCN " + earfcn + " is not in LTE bands 1, 3, 7, 8, 20, 28 or 38");
    }
}
