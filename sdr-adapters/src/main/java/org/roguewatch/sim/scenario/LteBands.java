package org.roguewatch.sim.scenario;

/** Downlink frequencies of the common European LTE bands (TS 36.101 5.7.3: F = F_low + 0.1 (N - N_offs) MHz). */
public final class LteBands {
    /** band, F_DL_low in 100 kHz, N_Offs-DL, last EARFCN. */
    private static final int[][] BANDS = {
        {1, 21100, 0, 599}, {3, 18050, 1200, 1949}, {7, 26200, 2750, 3449}, {8, 9250, 3450, 3799},
        {20, 7910, 6150, 6449}, {28, 7580, 9210, 9659}, {38, 25700, 37750, 38249},
    };

    private LteBands() {
    }

    /** @throws IllegalArgumentException for an EARFCN outside bands 1, 3, 7, 8, 20, 28, 38 */
    public static long downlinkHz(int earfcn) {
        for (int[] band : BANDS) {
            if (earfcn >= band[2] && earfcn <= band[3]) {
                return 100_000L * (band[1] + earfcn - band[2]);
            }
        }
        throw new IllegalArgumentException("EARFCN " + earfcn + " is not in LTE bands 1, 3, 7, 8, 20, 28 or 38");
    }

    public static boolean supported(int earfcn) {
        for (int[] band : BANDS) {
            if (earfcn >= band[2] && earfcn <= band[3]) {
                return true;
            }
        }
        return false;
    }
}
