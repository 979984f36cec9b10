package org.roguewatch.spectrum.detect;

/**
 * A probe's conversion from its receiver's dB (dBFS of an IQ recording, rtl_power's or hackrf_sweep's
 * relative dB) to dBm at the antenna connector: {@code dBm = dB + offsetDb}. The offset depends on
 * the dongle, its gain setting and the cable, so it is measured per probe (a signal generator of
 * known level, or a licensed station of known field strength) and lives in the probe's config.
 */
public record Calibration(double offsetDb) {
    /** No calibration: levels stay in the receiver's dB. */
    public static final Calibration NONE = new Calibration(0);

    public Calibration {
        if (!Double.isFinite(offsetDb)) {
            throw new IllegalArgumentException("calibration offset must be finite, got " + offsetDb);
        }
    }

    public double dbm(double db) {
        return db + offsetDb;
    }
}
