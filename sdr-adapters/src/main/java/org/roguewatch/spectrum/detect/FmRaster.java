package org.roguewatch.spectrum.detect;

/**
 * The FM broadcast channel raster: 100 kHz steps from 87.5 to 108.0 MHz (ITU-R BS.412 planning; the
 * same raster in China, GY/T 169). A station occupies about 200 kHz (±75 kHz deviation plus the
 * stereo and RDS subcarriers to 57 kHz; Carson's rule gives 2 × (75 + 53) ≈ 256 kHz at most).
 */
public final class FmRaster {
    public static final long STEP_HZ = 100_000;
    public static final long FIRST_CHANNEL_HZ = 87_500_000;
    public static final long LAST_CHANNEL_HZ = 108_000_000;
    public static final double OCCUPIED_BANDWIDTH_HZ = 200_000;

    private FmRaster() {
    }

    /** Whether {@code hz} rounds to a raster channel (within half a step of the band's channels). */
    public static boolean inBand(double hz) {
        return hz >= FIRST_CHANNEL_HZ - STEP_HZ / 2.0 && hz < LAST_CHANNEL_HZ + STEP_HZ / 2.0;
    }

    /** The raster channel nearest {@code hz}, or 0 when {@code hz} is outside the band. */
    public static long nearestChannelHz(double hz) {
        if (!inBand(hz)) {
            return 0;
        }
        long channel = Math.round(hz / STEP_HZ) * STEP_HZ;
        return Math.max(FIRST_CHANNEL_HZ, Math.min(LAST_CHANNEL_HZ, channel));
    }
}
