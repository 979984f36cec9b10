package org.roguewatch.sim.scenario;

/** Downlink carrier frequencies of GSM ARFCNs (TS 45.005 2). */
public final class GsmBands {
    private GsmBands() {
    }

    /**
     * P-/E-GSM 900 (0..124, 975..1023), DCS 1800 (512..885); other ARFCNs (GSM 450/480/850, R-GSM)
     * are refused.
     */
    public static long downlinkHz(int arfcn) {
        if (arfcn >= 0 && arfcn <= 124) {
            return 935_000_000L + 200_000L * arfcn;
        }
        if (arfcn >= 975 && arfcn <= 1023) {
            return 935_000_000L + 200_000L * (arfcn - 1024);
        }
        if (arfcn >= 512 && arfcn <= 885) {
            return 1_805_200_000L + 200_000L * (arfcn - 512);
        }
        throw new IllegalArgumentException("ARFCN " + arfcn + " is not in GSM 900 or DCS 1800");
    }

    public static boolean supported(int arfcn) {
        return (arfcn >= 0 && arfcn <= 124) || (arfcn >= 975 && arfcn <= 1023) || (arfcn >= 512 && arfcn <= 885);
    }
}
