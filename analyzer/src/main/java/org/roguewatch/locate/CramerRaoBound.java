package org.roguewatch.locate;

import java.util.List;

/**
 * The Cramér–Rao lower bound of the position for log-distance measurements with Gaussian
 * shadowing, unknowns (east, north, P_tx): the best RMS error any unbiased estimator can reach with
 * this probe geometry and σ (Patwari et al., IEEE SP Magazine 2005, for RSS localization).
 */
public final class CramerRaoBound {
    private CramerRaoBound() {
    }

    /** RMS position error bound in metres at (east, north), or +∞ when the geometry gives no information. */
    public static double rmsMetres(double east, double north, List<Measurement> probes, PathLossModel model) {
        double[][] fim = new double[3][3];
        double k = 10 * model.exponent() / Math.log(10);
        for (Measurement probe : probes) {
            double dx = east - probe.east();
            double dy = north - probe.north();
            double d2 = Math.max(dx * dx + dy * dy, model.referenceMetres() * model.referenceMetres());
            double[] g = {-k * dx / d2, -k * dy / d2, 1};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    fim[r][c] += g[r] * g[c];
                }
            }
        }
        double[][] inverse = invert3(fim);
        if (inverse == null) {
            return Double.POSITIVE_INFINITY;
        }
        double sigma2 = model.sigmaDb() * model.sigmaDb();
        double trace = (inverse[0][0] + inverse[1][1]) * sigma2;
        return trace > 0 ? Math.sqrt(trace) : Double.POSITIVE_INFINITY;
    }

    private static double[][] invert3(double[][] m) {
        double det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
        double scale = Math.abs(m[0][0]) + Math.abs(m[1][1]) + Math.abs(m[2][2]);
        if (Math.abs(det) < 1e-18 * scale * scale * scale || Double.isNaN(det)) {
            return null;
        }
        double[][] inv = new double[3][3];
        inv[0][0] = (m[1][1] * m[2][2] - m[1][2] * m[2][1]) / det;
        inv[0][1] = (m[0][2] * m[2][1] - m[0][1] * m[2][2]) / det;
        inv[0][2] = (m[0][1] * m[1][2] - m[0][2] * m[1][1]) / det;
        inv[1][0] = (m[1][2] * m[2][0] - m[1][0] * m[2][2]) / det;
        inv[1][1] = (m[0][0] * m[2][2] - m[0][2] * m[2][0]) / det;
        inv[1][2] = (m[0][2] * m[1][0] - m[0][0] * m[1][2]) / det;
        inv[2][0] = (m[1][0] * m[2][1] - m[1][1] * m[2][0]) / det;
        inv[2][1] = (m[0][1] * m[2][0] - m[0][0] * m[2][1]) / det;
        inv[2][2] = (m[0][0] * m[1][1] - m[0][1] * m[1][0]) / det;
        return inv;
    }
}
