package org.roguewatch.sim.propagation;

import org.roguewatch.sim.scenario.Antenna;

/**
 * Horizontal sector pattern of 3GPP TR 36.814 table A.2.1.1-2: A(φ) = -min(12 (φ / φ3dB)², A_m),
 * φ the angle off boresight, φ3dB the half-power beamwidth, A_m = 20 dB front-to-back.
 * The antenna's EIRP is its boresight value.
 */
public final class AntennaPattern {
    static final double FRONT_TO_BACK_DB = 20;

    private AntennaPattern() {
    }

    /** Gain relative to boresight, dB (0 or negative), towards {@code bearingDeg} (clockwise from north). */
    public static double gainDb(Antenna antenna, double bearingDeg) {
        if (!antenna.directional()) {
            return 0;
        }
        double off = Math.abs(bearingDeg - antenna.azimuthDeg()) % 360;
        if (off > 180) {
            off = 360 - off;
        }
        double ratio = off / antenna.beamwidthDeg();
        return -Math.min(12 * ratio * ratio, FRONT_TO_BACK_DB);
    }
}
