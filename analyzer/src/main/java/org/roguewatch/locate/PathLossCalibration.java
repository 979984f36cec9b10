package org.roguewatch.locate;

import java.util.List;
import java.util.Map;

/**
 * The path-loss model fitted to the operator's own cells as the probes hear them.
 *
 * @param model          the fitted model (or the default when there was too little to fit)
 * @param fitted         whether the model was fitted; false means the defaults stand
 * @param points         calibration points used
 * @param probeOffsetsDb per probe, the extra loss its levels show against the fit (cable, mounting,
 *                       local clutter); subtracted from its levels before locating. Probes with fewer
 *                       than three planned cells get none.
 * @param residualsDb    each point's residual after the fit, in the order of {@code points}
 * @param note           why the defaults stand, or a one-line summary of the fit
 */
public record PathLossCalibration(PathLossModel model, boolean fitted, List<CalibrationPoint> points,
                                  Map<String, Double> probeOffsetsDb, List<Double> residualsDb, String note) {
    public PathLossCalibration {
        points = List.copyOf(points);
        probeOffsetsDb = Map.copyOf(probeOffsetsDb);
        residualsDb = List.copyOf(residualsDb);
    }

    public double offsetDb(String probeId) {
        return probeOffsetsDb.getOrDefault(probeId, 0.0);
    }
}
