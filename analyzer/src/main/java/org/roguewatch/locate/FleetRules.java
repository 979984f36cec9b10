package org.roguewatch.locate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.Scoring;
import org.roguewatch.registry.PlannedCell;
import org.roguewatch.registry.Severity;

/**
 * The fleet-level signatures of SIGNATURES.md, which need positions: MOVING-EMITTER (a cell whose
 * located position moves — no base station of a network drives around) and CLONED-IDENTITY (one
 * identity at two places at once: two channels located apart, or a planned identity located away
 * from its planned site). Both High: neither happens in a working network.
 */
final class FleetRules {
    static final String MOVING_EMITTER = "MOVING-EMITTER";
    static final String CLONED_IDENTITY = "CLONED-IDENTITY";
    /** Below this the windowed estimates' wander is noise, whatever their ellipses say. */
    static final double MIN_TRAVEL_M = 300;
    /** Slack beyond the 95 % ellipses before two positions count as different places. */
    static final double MIN_SEPARATION_M = 300;
    private static final double WEIGHT = Scoring.defaultWeight(Severity.HIGH);

    private FleetRules() {
    }

    /**
     * How far the track travelled (largest distance between two smoothed points) when it exceeds
     * both {@link #MIN_TRAVEL_M} and the median 95 % semi-major axis of its points; else 0. A parked
     * transmitter's minutes give nearly the same levels, so its smoothed points stay within tens of
     * metres while each point's ellipse spans hundreds; a car's points spread over kilometres.
     */
    static double travel(List<TrackFix> track) {
        if (track.size() < 2) {
            return 0;
        }
        double extent = 0;
        for (int i = 0; i < track.size(); i++) {
            for (int j = i + 1; j < track.size(); j++) {
                extent = Math.max(extent, Math.hypot(track.get(i).east() - track.get(j).east(),
                        track.get(i).north() - track.get(j).north()));
            }
        }
        double[] axes = track.stream().mapToDouble(f -> f.ellipse95().semiMajorM()).sorted().toArray();
        double median = axes[axes.length / 2];
        return extent > MIN_TRAVEL_M && extent > median ? extent : 0;
    }

    static Finding moving(CellHistory cell, List<TrackFix> track, double travelM, LocalTangentPlane plane,
                          List<String> probes) {
        TrackFix first = track.get(0);
        TrackFix last = track.get(track.size() - 1);
        List<Evidence> evidence = List.of(
                evidence(probes, first, plane, "a fixed site"),
                evidence(probes, last, plane, "the same place as at " + first.time()));
        return new Finding(MOVING_EMITTER, 1, Severity.HIGH, WEIGHT, cell.ref(), String.format(Locale.ROOT,
                "located position moved %.0f m over %d minutes (%d fixes)", travelM,
                java.time.Duration.between(first.time(), last.time()).toMinutes(), track.size()), evidence);
    }

    static Finding clonedAcrossChannels(CellHistory cell, CellHistory other, LocationEstimate here,
                                        LocationEstimate there, LocalTangentPlane plane) {
        double distance = Math.hypot(here.east() - there.east(), here.north() - there.north());
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(estimateEvidence(here, plane, cell.ref().toString(), "one place for one identity"));
        evidence.add(estimateEvidence(there, plane, other.ref().toString(), "within the 95 % ellipses of " + cell.ref()));
        return new Finding(CLONED_IDENTITY, 1, Severity.HIGH, WEIGHT, cell.ref(), String.format(Locale.ROOT,
                "the same identity is also on %s, located %.0f m away", other.ref(), distance), evidence);
    }

    static Finding clonedAwayFromSite(CellHistory cell, PlannedCell site, LocationEstimate here,
                                      LocalTangentPlane plane, double distanceM) {
        List<Evidence> evidence = List.of(
                estimateEvidence(here, plane, cell.ref().toString(), "the planned site"),
                new Evidence(String.join(",", here.probes()), site.source(), 0, null, "plan.site",
                        String.format(Locale.ROOT, "%.6f,%.6f", site.latitude(), site.longitude()), null));
        return new Finding(CLONED_IDENTITY, 1, Severity.HIGH, WEIGHT, cell.ref(), String.format(Locale.ROOT,
                "planned identity located %.0f m from its planned site (95 %% ellipse %.0f m)", distanceM,
                here.ellipse95().semiMajorM()), evidence);
    }

    /** χ²₂ at 0.999: a site hypothesis rejected this strongly is not shadowing. */
    static final double SITE_REJECTION_CHI2 = 13.8155;

    /**
     * Whether the levels reject the planned site: the cost of explaining them from the site (its
     * sector pattern toward each probe included, its EIRP left free) exceeds the cost at the
     * estimate by more than σ²·χ²₂(0.999) — a likelihood-ratio test. A sector cell located from
     * levels alone is pulled toward its boresight; testing the site itself keeps that from looking
     * like a second place.
     */
    static boolean levelsRejectSite(List<Measurement> measurements, PlannedCell site, double siteEast,
                                    double siteNorth, LocationEstimate estimate) {
        PathLossModel model = estimate.model();
        double atSite = profileCost(measurements, model, siteEast, siteNorth, site);
        double atEstimate = profileCost(measurements, model, estimate.east(), estimate.north(), null);
        return (atSite - atEstimate) / (model.sigmaDb() * model.sigmaDb()) > SITE_REJECTION_CHI2;
    }

    /** Least-squares level cost at a point with the EIRP profiled out; with the site's sector gains when given. */
    private static double profileCost(List<Measurement> measurements, PathLossModel model, double east, double north,
                                      PlannedCell site) {
        double[] offsets = new double[measurements.size()];
        double mean = 0;
        for (int i = 0; i < offsets.length; i++) {
            Measurement m = measurements.get(i);
            double gain = site == null ? 0 : SectorGain.relativeDb(site.azimuthDeg(), site.beamwidthDeg(),
                    SectorGain.bearingDeg(east, north, m.east(), m.north()));
            offsets[i] = m.levelDbm() + model.lossDb(Math.hypot(east - m.east(), north - m.north())) - gain;
            mean += offsets[i] / offsets.length;
        }
        double cost = 0;
        for (double offset : offsets) {
            cost += (offset - mean) * (offset - mean);
        }
        return cost;
    }

    /** Whether two estimates are further apart than their 95 % ellipses and the slack allow. */
    static boolean apart(double distanceM, double semiMajorA, double semiMajorB) {
        return Double.isFinite(semiMajorA) && Double.isFinite(semiMajorB)
                && distanceM > semiMajorA + semiMajorB + MIN_SEPARATION_M;
    }

    private static Evidence evidence(List<String> probes, TrackFix fix, LocalTangentPlane plane, Object expected) {
        double[] latLon = plane.toLatLon(fix.east(), fix.north());
        return new Evidence(String.join(",", probes), null, 0, fix.time(), "location",
                String.format(Locale.ROOT, "%.6f,%.6f ±%.0f m", latLon[0], latLon[1], fix.ellipse95().semiMajorM()),
                expected);
    }

    private static Evidence estimateEvidence(LocationEstimate estimate, LocalTangentPlane plane, String what,
                                             Object expected) {
        double[] latLon = plane.toLatLon(estimate.east(), estimate.north());
        return new Evidence(String.join(",", estimate.probes()), null, 0, null, "location",
                String.format(Locale.ROOT, "%s at %.6f,%.6f ±%.0f m", what, latLon[0], latLon[1],
                        estimate.ellipse95().semiMajorM()), expected);
    }
}
