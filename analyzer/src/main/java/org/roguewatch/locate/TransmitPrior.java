package org.roguewatch.locate;

/**
 * What is known of the emitter's EIRP before measuring: a Gaussian belief. With range-only levels
 * and unknown power, far-away positions with implausible power fit nearly as well as the truth;
 * a broad prior (rogue base stations and SMS blasters radiate tens of dBm, not 80) removes those
 * without pulling a well-determined estimate. It enters the fit as one more residual,
 * (P_tx − mean)/sd, on the same footing as the levels' (level − predicted)/σ.
 *
 * @param meanDbm the expected EIRP
 * @param sdDb    its standard deviation; infinite for no prior
 */
public record TransmitPrior(double meanDbm, double sdDb) {
    public static final TransmitPrior NONE = new TransmitPrior(0, Double.POSITIVE_INFINITY);
    /** Portable and car-borne rogue cells: 20..55 dBm EIRP at ±1.75 sd. */
    public static final TransmitPrior ROGUE = new TransmitPrior(37, 10);

    public boolean active() {
        return Double.isFinite(sdDb);
    }

    /** The prior residual's weight relative to a level's: σ²/sd². */
    double weight(double sigmaDb) {
        return active() ? sigmaDb * sigmaDb / (sdDb * sdDb) : 0;
    }
}
