package org.roguewatch.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.roguewatch.locate.LocalTangentPlane;
import org.roguewatch.locate.LocateResult;
import org.roguewatch.locate.LocationEstimate;
import org.roguewatch.locate.PathLossCalibration;
import org.roguewatch.locate.PathLossModel;
import org.roguewatch.locate.TargetLocation;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.locate.report.GeoEllipse;
import org.roguewatch.locate.report.TrackPoint;

/**
 * The JSON lines of localization: a {@code calibration} line (the path-loss model and how it was
 * obtained) and a {@code location} line per target — located with its ellipses and Cramér–Rao
 * reference, underdetermined with the region the levels allow, or rejected naming the probe.
 */
final class LocationLines {
    private LocationLines() {
    }

    static Map<String, Object> calibration(PathLossCalibration calibration) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "calibration");
        line.put("fitted", calibration.fitted());
        line.put("points", calibration.points().size());
        line.put("model", model(calibration.model()));
        line.put("probeOffsetsDb", new TreeMap<>(calibration.probeOffsetsDb()));
        double sum = 0;
        for (double r : calibration.residualsDb()) {
            sum += r * r;
        }
        line.put("rmsResidualDb", calibration.residualsDb().isEmpty() ? null
                : Math.sqrt(sum / calibration.residualsDb().size()));
        line.put("note", calibration.note());
        return line;
    }

    static Map<String, Object> location(TargetLocation target, LocalTangentPlane plane) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "location");
        line.put("target", JsonLinesReport.cellRef(target.assessment().cell().ref()));
        line.put("verdict", target.assessment().verdict().jsonName());
        outcome(line, target.result(), target.geo(), plane);
        return line;
    }

    /** A location line's outcome: located with its ellipses, underdetermined with the region, or rejected. */
    static void outcome(Map<String, Object> line, LocateResult result, EmitterLocation geo, LocalTangentPlane plane) {
        if (result instanceof LocateResult.Located located) {
            LocationEstimate estimate = located.estimate();
            line.put("status", "located");
            line.put("lat", geo.lat());
            line.put("lon", geo.lon());
            line.put("ellipse50", ellipse(geo.ellipse50()));
            line.put("ellipse95", ellipse(geo.ellipse95()));
            line.put("crlbM", finite(geo.crlbM()));
            line.put("transmitDbm", finite(geo.transmitDbm()));
            line.put("method", geo.method());
            line.put("model", model(estimate.model()));
            line.put("probes", geo.probes());
            line.put("downweighted", estimate.downweighted());
            line.put("rmsResidualDb", finite(estimate.rmsResidualDb()));
            line.put("from", geo.from());
            line.put("to", geo.to());
            if (!geo.track().isEmpty()) {
                List<Object> track = new ArrayList<>();
                for (TrackPoint point : geo.track()) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("time", point.time());
                    item.put("lat", point.lat());
                    item.put("lon", point.lon());
                    item.put("ellipse95", ellipse(point.ellipse95()));
                    track.add(item);
                }
                line.put("track", track);
            }
        } else if (result instanceof LocateResult.Underdetermined under) {
            line.put("status", "underdetermined");
            line.put("reason", under.reason());
            line.put("probes", under.probes());
            if (under.region() != null) {
                LocateResult.Region region = under.region();
                double[] centre = plane.toLatLon(region.east(), region.north());
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("lat", centre[0]);
                item.put("lon", centre[1]);
                item.put("innerRadiusM", finite(region.innerRadiusM()));
                item.put("outerRadiusM", finite(region.outerRadiusM()));
                item.put("shape", region.kind());
                line.put("region", item);
            }
        } else if (result instanceof LocateResult.Rejected rejected) {
            line.put("status", "rejected");
            line.put("probe", rejected.probeId());
            line.put("reason", rejected.reason());
        }
    }

    static Map<String, Object> model(PathLossModel model) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("exponent", model.exponent());
        item.put("referenceLossDb", model.referenceLossDb());
        item.put("referenceMetres", model.referenceMetres());
        item.put("sigmaDb", model.sigmaDb());
        return item;
    }

    static Map<String, Object> ellipse(GeoEllipse ellipse) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("semiMajorM", finite(ellipse.semiMajorM()));
        item.put("semiMinorM", finite(ellipse.semiMinorM()));
        item.put("orientationDeg", ellipse.orientationDeg());
        item.put("bounded", ellipse.bounded());
        return item;
    }

    /** JSON has no infinity: an unbounded quantity is null. */
    static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
