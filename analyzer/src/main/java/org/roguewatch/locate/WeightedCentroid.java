package org.roguewatch.locate;

import java.util.List;

/**
 * The naive baseline: probe positions averaged with weights growing with the received amplitude
 * (w = 10^(P_rx/20)), as a field team would guess from who hears it loudest.
 */
public final class WeightedCentroid {
    private WeightedCentroid() {
    }

    /** {east, north}. */
    public static double[] of(List<Measurement> probes) {
        double max = Double.NEGATIVE_INFINITY;
        for (Measurement probe : probes) {
            max = Math.max(max, probe.levelDbm());
        }
        double sum = 0;
        double east = 0;
        double north = 0;
        for (Measurement probe : probes) {
            double weight = Math.pow(10, (probe.levelDbm() - max) / 20);
            sum += weight;
            east += weight * probe.east();
            north += weight * probe.north();
        }
        return new double[] {east / sum, north / sum};
    }
}
