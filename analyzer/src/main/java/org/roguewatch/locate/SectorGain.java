package org.roguewatch.locate;

/**
 * Relative gain of a sector antenna toward a bearing, the horizontal pattern of 3GPP TR 36.814
 * Table A.2.1.1-2: A(φ) = −min(12 (φ/φ3dB)², 20 dB). The plan's EIRP is the boresight value, so a
 * probe behind a sector hears it up to 20 dB weaker; an omni antenna (no azimuth) has 0 dB.
 */
public final class SectorGain {
    private static final double FRONT_TO_BACK_DB = 20;

    private SectorGain() {
    }

    /**
     * @param azimuthDeg    boresight, degrees clockwise from north, or null for an omni antenna
     * @param beamwidthDeg  half-power beamwidth, degrees (65 when null)
     * @param bearingDeg    bearing from the antenna to the receiver
     */
    public static double relativeDb(Double azimuthDeg, Double beamwidthDeg, double bearingDeg) {
        if (azimuthDeg == null) {
            return 0;
        }
        double width = beamwidthDeg == null ? 65 : beamwidthDeg;
        if (width >= 360) {
            return 0;
        }
        double off = Math.abs(((bearingDeg - azimuthDeg) % 360 + 540) % 360 - 180);
        return -Math.min(12 * (off / width) * (off / width), FRONT_TO_BACK_DB);
    }

    /** Bearing from (east, north) a to b, degrees clockwise from north. */
    public static double bearingDeg(double fromEast, double fromNorth, double toEast, double toNorth) {
        double bearing = Math.toDegrees(Math.atan2(toEast - fromEast, toNorth - fromNorth));
        return bearing < 0 ? bearing + 360 : bearing;
    }
}
