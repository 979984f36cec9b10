package org.roguewatch.broadcast;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.detect.fm.FmCarrier;
import org.roguewatch.detect.fm.FmContext;
import org.roguewatch.locate.CalibrationPoint;
import org.roguewatch.locate.PathLossCalibration;
import org.roguewatch.locate.PathLossCalibrator;
import org.roguewatch.locate.PathLossModel;
import org.roguewatch.spectrumobs.SpectrumObservation;

/**
 * The path-loss model for FM, fitted like the cells' model but to the licensed stations the probes
 * hear (EIRP and site from the register, 3-D distance with antenna heights). A point more than
 * three σ off the first fit (a pirate on a licensed channel, a station running far above its
 * licence) is left out of the second.
 */
final class FmPathLoss {
    /**
     * Without enough licensed stations: the urban model of the cells ({@code LocateSettings.URBAN},
     * PL(100 m) 88 dB near 900 MHz) less the 19 dB that free-space loss is lower at 100 MHz.
     */
    static final PathLossModel DEFAULTS = new PathLossModel(69, 3.5, 100, 8);

    private FmPathLoss() {
    }

    static PathLossCalibration fit(List<FmCarrier> carriers, FmContext positions) {
        List<CalibrationPoint> points = new ArrayList<>();
        for (FmCarrier carrier : carriers) {
            if (carrier.licence() == null) {
                continue;
            }
            for (SpectrumObservation seen : carrier.observations()) {
                double metres = positions.distanceM(carrier.licence(), seen.probeId());
                if (!Double.isNaN(metres)) {
                    points.add(new CalibrationPoint(seen.probeId(), carrier.licence().label(), metres,
                            carrier.licence().eirpDbm(), seen.meanLevelDbm()));
                }
            }
        }
        PathLossCalibration first = PathLossCalibrator.fit(points, DEFAULTS);
        if (!first.fitted()) {
            return first;
        }
        double sigma = first.model().sigmaDb();
        List<CalibrationPoint> kept = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (Math.abs(first.residualsDb().get(i)) <= 3 * sigma) {
                kept.add(points.get(i));
            }
        }
        return kept.size() == points.size() ? first : PathLossCalibrator.fit(kept, DEFAULTS);
    }
}
