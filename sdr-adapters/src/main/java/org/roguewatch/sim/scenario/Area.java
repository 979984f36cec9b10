package org.roguewatch.sim.scenario;

/**
 * The scenario's area: a rectangle of {@code widthM} east-west by {@code heightM} north-south
 * centred on {@code origin}, the origin of the local tangent plane. Probes and moving emitters stay
 * inside it; fixed emitters (cell sites, FM transmitters) may stand outside.
 */
public record Area(GeoPoint origin, double widthM, double heightM) {
    public Area {
        if (!(widthM > 0) || !(heightM > 0)) {
            throw new IllegalArgumentException("area " + widthM + " x " + heightM + " m is empty");
        }
    }

    public LocalFrame frame() {
        return new LocalFrame(origin);
    }

    public boolean contains(Xy point) {
        return Math.abs(point.x()) <= widthM / 2 && Math.abs(point.y()) <= heightM / 2;
    }

    public double minX() {
        return -widthM / 2;
    }

    public double minY() {
        return -heightM / 2;
    }
}
