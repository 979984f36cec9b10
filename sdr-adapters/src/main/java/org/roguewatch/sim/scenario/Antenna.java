package org.roguewatch.sim.scenario;

/**
 * An emitter's horizontal antenna: omnidirectional when {@code azimuthDeg} is {@code null}, else a
 * sector aimed at {@code azimuthDeg} (clockwise from north) with a half-power beamwidth.
 */
public record Antenna(Double azimuthDeg, double beamwidthDeg) {
    public Antenna {
        if (azimuthDeg != null && !(azimuthDeg >= 0 && azimuthDeg <= 360)) {
            throw new IllegalArgumentException("azimuth " + azimuthDeg + " outside 0..360");
        }
        if (!(beamwidthDeg > 0 && beamwidthDeg <= 360)) {
            throw new IllegalArgumentException("beamwidth " + beamwidthDeg + " outside (0, 360]");
        }
    }

    public static Antenna omni() {
        return new Antenna(null, 360);
    }

    public boolean directional() {
        return azimuthDeg != null && beamwidthDeg < 360;
    }
}
