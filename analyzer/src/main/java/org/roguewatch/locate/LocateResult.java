package org.roguewatch.locate;

import java.util.List;

/** The outcome of locating one emitter: a position, or why there is none — never a fake point. */
public sealed interface LocateResult permits LocateResult.Located, LocateResult.Underdetermined, LocateResult.Rejected {

    /** A maximum-likelihood position with its uncertainty. */
    record Located(LocationEstimate estimate) implements LocateResult {
    }

    /**
     * The measurements do not fix a point (too few probes, collinear probes, levels without range
     * information). {@code region} says what they do tell, when anything.
     */
    record Underdetermined(String reason, Region region, List<String> probes) implements LocateResult {
        public Underdetermined {
            probes = List.copyOf(probes);
        }
    }

    /** A measurement was unusable; {@code probeId} names it. */
    record Rejected(String probeId, String reason) implements LocateResult {
    }

    /**
     * A feasible region: an annulus around a point (one probe: between the distances the weakest and
     * the strongest plausible transmitter give) or an Apollonius circle (two probes: where the level
     * difference holds).
     */
    record Region(double east, double north, double innerRadiusM, double outerRadiusM, String kind) {
    }
}
