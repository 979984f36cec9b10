package org.roguewatch.sim.propagation;

import org.roguewatch.sim.scenario.Propagation;

/**
 * The log-distance model PL(d) = PL(d0) + 10 n log10(d / d0), with PL(d0) moved by
 * 20 log10(f / f_ref) for carriers other than the reference frequency (the free-space frequency
 * term of Friis at d0). The model holds from d0 outward; a shorter distance counts as d0 (in the
 * near zone of a mast the vertical antenna pattern, which is not modelled, keeps levels down).
 */
public final class PathLoss {
    private final Propagation model;

    public PathLoss(Propagation model) {
        this.model = model;
    }

    public double lossDb(double distanceM, double frequencyHz) {
        double d = Math.max(model.referenceDistanceM(), distanceM);
        return model.referenceLossDb() + 20 * StrictMath.log10(frequencyHz / model.referenceFrequencyHz())
                + 10 * model.exponent() * StrictMath.log10(d / model.referenceDistanceM());
    }
}
