package org.roguewatch.locate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roguewatch.detect.CellAssessment;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.CellRef;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.Scoring;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.locate.report.LocationReport;
import org.roguewatch.locate.report.ProbePosition;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.registry.CellPlan;
import org.roguewatch.registry.PlannedCell;
import org.roguewatch.registry.ProbeWaypoint;
import org.roguewatch.registry.RosterProbe;

/**
 * Locates the fleet's suspicious and rogue cells: calibrates the path-loss model on the planned cells
 * the probes hear, locates each target from every probe's level (maximum likelihood, {@link
 * RssLocator}), tracks it minute by minute, and adds the fleet findings MOVING-EMITTER and
 * CLONED-IDENTITY to its assessment. A moving emitter is reported where the track last saw it.
 */
public final class FleetLocator {
    private final LocateSettings settings;

    public FleetLocator(LocateSettings settings) {
        this.settings = settings;
    }

    public FleetLocation locate(List<CellAssessment> assessments, List<RosterProbe> roster, CellPlan plan) {
        LocalTangentPlane plane = ProbePositions.planeFor(roster);
        ProbePositions probes = new ProbePositions(roster, plane);
        PathLossCalibration calibration = settings.calibrate()
                ? PathLossCalibrator.fit(CalibrationCollector.points(assessments, plan, probes, plane), settings.defaults())
                : new PathLossCalibration(settings.defaults(), false, List.of(), Map.of(), List.of(),
                        "calibration off: defaults");
        RssLocator locator = new RssLocator(calibration.model(), settings.prior());
        EmitterTracker tracker = new EmitterTracker(locator, settings.trackQ());

        List<Located> located = new ArrayList<>();
        Map<CellAssessment, Located> byAssessment = new HashMap<>();
        for (CellAssessment assessment : assessments) {
            if (!settings.targets().contains(assessment.verdict())) {
                continue;
            }
            Located target = locateOne(assessment, probes, calibration, locator, tracker, plane);
            located.add(target);
            byAssessment.put(assessment, target);
        }
        addClonedIdentity(located, plan, plane);

        List<CellAssessment> updated = new ArrayList<>(assessments.size());
        List<TargetLocation> targets = new ArrayList<>();
        List<EmitterLocation> geo = new ArrayList<>();
        for (CellAssessment assessment : assessments) {
            Located target = byAssessment.get(assessment);
            if (target == null) {
                updated.add(assessment);
                continue;
            }
            CellAssessment rescored = rescore(assessment, target.findings, settings.scoring());
            updated.add(rescored);
            EmitterLocation where = GeoLocations.of(rescored, target.result, target.track, plane,
                    target.timeSpan());
            targets.add(new TargetLocation(rescored, target.result, target.track, where));
            if (where != null) {
                geo.add(where);
            }
        }
        return new FleetLocation(calibration, plane, updated, targets, new LocationReport(geo, probePositions(roster)));
    }

    private Located locateOne(CellAssessment assessment, ProbePositions probes, PathLossCalibration calibration,
                              RssLocator locator, EmitterTracker tracker, LocalTangentPlane plane) {
        List<CellObservation> observations = assessment.cell().observations();
        LevelMeasurements.Unplaced unplaced = LevelMeasurements.unplaced(observations, probes);
        Located target = new Located(assessment);
        if (unplaced != null) {
            target.result = new LocateResult.Rejected(unplaced.probeId(), "probe is not in the probes file");
            return target;
        }
        target.measurements = LevelMeasurements.whole(observations, probes, calibration);
        target.result = locator.locate(target.measurements);
        target.track = tracker.track(LevelMeasurements.byMinute(observations, probes, calibration));
        double travel = FleetRules.travel(target.track);
        if (travel > 0) {
            List<String> heardBy = observations.stream().map(CellObservation::probeId).distinct().toList();
            target.findings.add(FleetRules.moving(assessment.cell(), target.track, travel, plane, heardBy));
        } else {
            target.track = List.of(); // it stayed put: the whole-capture estimate is the better one
        }
        return target;
    }

    /** CLONED-IDENTITY: the same identity located apart on two channels, or away from its planned site. */
    private static void addClonedIdentity(List<Located> located, CellPlan plan, LocalTangentPlane plane) {
        for (int i = 0; i < located.size(); i++) {
            Located a = located.get(i);
            LocationEstimate here = a.estimate();
            if (here == null || !a.track.isEmpty()) {
                continue; // a moving emitter is no fixed second site; MOVING-EMITTER already says it all
            }
            for (int j = i + 1; j < located.size(); j++) {
                Located b = located.get(j);
                LocationEstimate there = b.estimate();
                if (there == null || !b.track.isEmpty() || !sameIdentity(a.cell().ref(), b.cell().ref())) {
                    continue;
                }
                double distance = Math.hypot(here.east() - there.east(), here.north() - there.north());
                if (FleetRules.apart(distance, here.ellipse95().semiMajorM(), there.ellipse95().semiMajorM())) {
                    a.findings.add(FleetRules.clonedAcrossChannels(a.cell(), b.cell(), here, there, plane));
                    b.findings.add(FleetRules.clonedAcrossChannels(b.cell(), a.cell(), there, here, plane));
                }
            }
            Optional<PlannedCell> site = plannedSite(plan, a.cell().ref());
            if (site.isPresent()) {
                double[] planned = plane.toEastNorth(site.get().latitude(), site.get().longitude());
                double distance = Math.hypot(here.east() - planned[0], here.north() - planned[1]);
                if (FleetRules.apart(distance, here.ellipse95().semiMajorM(), 0)
                        && FleetRules.levelsRejectSite(a.measurements, site.get(), planned[0], planned[1], here)) {
                    a.findings.add(FleetRules.clonedAwayFromSite(a.cell(), site.get(), here, plane, distance));
                }
            }
        }
    }

    private static boolean sameIdentity(CellRef a, CellRef b) {
        return a.radio() == b.radio() && a.mcc() != null && a.mcc().equals(b.mcc()) && a.mnc().equals(b.mnc())
                && a.areaCode() != null && a.areaCode().equals(b.areaCode()) && a.cellId() != null
                && a.cellId().equals(b.cellId());
    }

    private static Optional<PlannedCell> plannedSite(CellPlan plan, CellRef ref) {
        if (plan == null || ref.mcc() == null || ref.mnc() == null || ref.areaCode() == null || ref.cellId() == null) {
            return Optional.empty();
        }
        return plan.find(ref.radio(), ref.mcc(), ref.mnc(), ref.areaCode(), ref.cellId());
    }

    private static CellAssessment rescore(CellAssessment assessment, List<Finding> added, Scoring scoring) {
        if (added.isEmpty()) {
            return assessment;
        }
        List<Finding> all = new ArrayList<>(assessment.findings());
        all.addAll(added);
        return new CellAssessment(assessment.cell(), all, scoring.score(all), scoring.verdict(all));
    }

    private static List<ProbePosition> probePositions(List<RosterProbe> roster) {
        List<ProbePosition> out = new ArrayList<>();
        for (RosterProbe probe : roster) {
            for (ProbeWaypoint waypoint : probe.track()) {
                out.add(new ProbePosition(probe.id(), waypoint.latitude(), waypoint.longitude(), waypoint.time()));
            }
        }
        return out;
    }

    /** A target while the fleet is being located. */
    private static final class Located {
        private final CellAssessment assessment;
        private LocateResult result;
        private List<TrackFix> track = List.of();
        private List<Measurement> measurements = List.of();
        private final List<Finding> findings = new ArrayList<>();

        Located(CellAssessment assessment) {
            this.assessment = assessment;
        }

        CellHistory cell() {
            return assessment.cell();
        }

        LocationEstimate estimate() {
            return result instanceof LocateResult.Located located ? located.estimate() : null;
        }

        Instant[] timeSpan() {
            Instant from = null;
            Instant to = null;
            for (CellObservation o : assessment.cell().observations()) {
                if (o.firstSeen() != null && (from == null || o.firstSeen().isBefore(from))) {
                    from = o.firstSeen();
                }
                if (o.lastSeen() != null && (to == null || o.lastSeen().isAfter(to))) {
                    to = o.lastSeen();
                }
            }
            return new Instant[] {from, to};
        }
    }
}
