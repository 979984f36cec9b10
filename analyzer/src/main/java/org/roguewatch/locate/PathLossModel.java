package org.roguewatch.locate;

/**
 * Log-distance path loss with log-normal shadowing:
 * P_rx = P_tx − PL(d0) − 10·n·log10(d/d0) + X_σ, distances below d0 clamped to d0.
 *
 * @param referenceLossDb PL(d0), dB
 * @param exponent        n
 * @param referenceMetres d0
 * @param sigmaDb         σ of the shadowing, dB
 */
public record PathLossModel(double referenceLossDb, double exponent, double referenceMetres, double sigmaDb) {
    public PathLossModel {
        if (!(exponent > 0) || !(referenceMetres > 0) || !(sigmaDb > 0)) {
            throw new IllegalArgumentException("path loss model needs n > 0, d0 > 0 and σ > 0");
        }
    }

    public double lossDb(double metres) {
        return referenceLossDb + 10 * exponent * Math.log10(Math.max(metres, referenceMetres) / referenceMetres);
    }

    public double receivedDbm(double transmitDbm, double metres) {
        return transmitDbm - lossDb(metres);
    }

    /** The distance at which a transmitter of {@code transmitDbm} is received at {@code receivedDbm}. */
    public double distanceFor(double transmitDbm, double receivedDbm) {
        return referenceMetres * Math.pow(10, (transmitDbm - receivedDbm - referenceLossDb) / (10 * exponent));
    }
}
