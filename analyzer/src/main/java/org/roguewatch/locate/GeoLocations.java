package org.roguewatch.locate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.detect.CellAssessment;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.locate.report.GeoEllipse;
import org.roguewatch.locate.report.TrackPoint;

/** A target's estimate in geographic terms: the whole-capture point, or a moving emitter's last track point. */
final class GeoLocations {
    private GeoLocations() {
    }

    /** Null when the target was not located. */
    static EmitterLocation of(CellAssessment assessment, LocateResult result, List<TrackFix> track,
                              LocalTangentPlane plane, Instant[] span) {
        if (!(result instanceof LocateResult.Located located)) {
            return null;
        }
        LocationEstimate estimate = located.estimate();
        String radio = assessment.cell().radio().name();
        String verdict = assessment.verdict().jsonName();
        String target = assessment.cell().ref().toString();
        PathLossModel model = estimate.model();
        if (!track.isEmpty()) {
            TrackFix last = track.get(track.size() - 1);
            double[] at = plane.toLatLon(last.east(), last.north());
            List<TrackPoint> points = new ArrayList<>(track.size());
            for (TrackFix fix : track) {
                double[] p = plane.toLatLon(fix.east(), fix.north());
                points.add(new TrackPoint(fix.time(), p[0], p[1], geo(fix.ellipse95())));
            }
            Ellipse e50 = Ellipse.of(last.varEast(), last.varNorth(), last.covEastNorth(), Ellipse.CHI2_50);
            double[] eirps = track.stream().mapToDouble(TrackFix::transmitDbm).sorted().toArray();
            return new EmitterLocation(target, radio, verdict, at[0], at[1], geo(e50), geo(last.ellipse95()),
                    last.crlbM(), eirps[eirps.length / 2], model.exponent(), model.sigmaDb(), "kalman-rts-track",
                    estimate.probes(), span[0], span[1], points);
        }
        double[] at = plane.toLatLon(estimate.east(), estimate.north());
        return new EmitterLocation(target, radio, verdict, at[0], at[1], geo(estimate.ellipse50()),
                geo(estimate.ellipse95()), estimate.crlbM(), estimate.transmitDbm(), model.exponent(), model.sigmaDb(),
                estimate.method(), estimate.probes(), span[0], span[1], List.of());
    }

    private static GeoEllipse geo(Ellipse ellipse) {
        return new GeoEllipse(ellipse.semiMajorM(), ellipse.semiMinorM(), ellipse.orientationDeg());
    }
}
