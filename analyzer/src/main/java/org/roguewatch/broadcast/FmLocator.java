package org.roguewatch.broadcast;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.roguewatch.detect.fm.FmProbeSite;
import org.roguewatch.locate.Ellipse;
import org.roguewatch.locate.LocalTangentPlane;
import org.roguewatch.locate.LocateResult;
import org.roguewatch.locate.LocationEstimate;
import org.roguewatch.locate.Measurement;
import org.roguewatch.locate.PathLossCalibration;
import org.roguewatch.locate.RssLocator;
import org.roguewatch.locate.TransmitPrior;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.locate.report.GeoEllipse;
import org.roguewatch.spectrumobs.SpectrumObservation;

/**
 * Locates carriers with the fleet's estimator ({@link RssLocator}): each probe's mean level, corrected
 * by its offset from the FM path-loss fit, with a transmit-power prior for pirate FM.
 */
final class FmLocator {
    /**
     * Pirate FM transmitters run 10–100 W (ERP 40–50 dBm) down to a few watts: EIRP about 37 dBm,
     * give or take 8 dB.
     */
    static final TransmitPrior PIRATE_FM = new TransmitPrior(37, 8);

    private final LocalTangentPlane plane;
    private final PathLossCalibration calibration;
    private final RssLocator locator;

    FmLocator(LocalTangentPlane plane, PathLossCalibration calibration) {
        this.plane = plane;
        this.calibration = calibration;
        this.locator = new RssLocator(calibration.model(), PIRATE_FM);
    }

    LocalTangentPlane plane() {
        return plane;
    }

    FmLocation locate(FmAssessment assessment, Map<String, FmProbeSite> sites) {
        List<Measurement> measurements = new ArrayList<>();
        Instant from = null;
        Instant to = null;
        for (SpectrumObservation seen : assessment.carrier().observations()) {
            FmProbeSite site = sites.get(seen.probeId());
            if (site == null) {
                continue; // a moving probe's sweep has no one position; the fixed probes still count
            }
            double[] en = plane.toEastNorth(site.latitude(), site.longitude());
            measurements.add(new Measurement(seen.probeId(), en[0], en[1],
                    seen.meanLevelDbm() + calibration.offsetDb(seen.probeId()), seen.present()));
            from = earliest(from, seen.firstSeen());
            to = latest(to, seen.lastSeen());
        }
        if (measurements.isEmpty()) {
            return new FmLocation(assessment, new LocateResult.Rejected(assessment.carrier().strongest().probeId(),
                    "no probe that heard it has a fixed position (give --probes probes.csv)"), null);
        }
        LocateResult result = locator.locate(measurements);
        if (!(result instanceof LocateResult.Located located)) {
            return new FmLocation(assessment, result, null);
        }
        LocationEstimate estimate = located.estimate();
        double[] at = plane.toLatLon(estimate.east(), estimate.north());
        EmitterLocation geo = new EmitterLocation(assessment.carrier().label(), "FM", assessment.verdict().jsonName(),
                at[0], at[1], geo(estimate.ellipse50()), geo(estimate.ellipse95()), estimate.crlbM(),
                estimate.transmitDbm(), estimate.model().exponent(), estimate.model().sigmaDb(), estimate.method(),
                estimate.probes(), from, to, List.of());
        return new FmLocation(assessment, result, geo);
    }

    private static GeoEllipse geo(Ellipse ellipse) {
        return new GeoEllipse(ellipse.semiMajorM(), ellipse.semiMinorM(), ellipse.orientationDeg());
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || (b != null && b.isBefore(a)) ? b : a;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }
}
