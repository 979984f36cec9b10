package org.roguewatch.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.broadcast.FmAnalysisResult;
import org.roguewatch.broadcast.FmAssessment;
import org.roguewatch.broadcast.FmLocation;
import org.roguewatch.detect.fm.FmFinding;
import org.roguewatch.detect.CellAssessment;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.Verdict;
import org.roguewatch.locate.LocalTangentPlane;
import org.roguewatch.locate.TargetLocation;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.sim.SimulationSummary;
import org.roguewatch.sim.scenario.Emitter;
import org.roguewatch.sim.scenario.Scenario;

/** What {@code roguewatch demo} prints: the scenario, the air, the alerts in order, the locations against the truth, the files. */
public final class DemoReport {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private final PrintStream out;

    public DemoReport(PrintStream out) {
        this.out = out;
    }

    public void scenario(Scenario scenario, Path file) {
        long rogues = scenario.emitters().stream().filter(Emitter::rogue).count();
        out.printf(Locale.ROOT, "RogueWatch demo — scenario '%s' (%s): %d min of air from %s UTC%n", scenario.name(),
                file, scenario.duration().toMinutes(), scenario.start());
        out.printf(Locale.ROOT, "  operator network: %d GSM and %d LTE cells; %d probes; %d rogue emitter(s); %d FM"
                        + " station(s)%n%n", scenario.gsmCells().size(), scenario.lteCells().size(),
                scenario.probes().size(), rogues, scenario.fmStations().size());
    }

    public void air(SimulationSummary air) {
        long frames = air.probes().stream().mapToLong(SimulationSummary.ProbeOutput::frames).sum();
        out.printf(Locale.ROOT, "Simulated air: %,d GSMTAP frames for %d probes in %.1f s%s%n%n", frames,
                air.probes().size(), air.elapsedSeconds(), air.notRendered().isEmpty() ? ""
                        : " (not rendered: " + String.join(", ", air.notRendered()) + ")");
    }

    public void analysis(AnalysisResult result, Path groundTruth) throws IOException {
        long rogue = result.assessments().stream().filter(a -> a.verdict() == Verdict.ROGUE).count();
        long suspicious = result.assessments().stream().filter(a -> a.verdict() == Verdict.SUSPICIOUS).count();
        out.printf(Locale.ROOT, "Analyzer: %s, %,d frames, %,d malformed; %d cells: %d ok, %d suspicious, %d rogue"
                        + " (%d detectors)%n%n", result.heardBy(), result.counters().gsmtapFrames(),
                result.counters().malformedTotal(), result.assessments().size(),
                result.assessments().size() - rogue - suspicious, suspicious, rogue, result.detectors().size());
        alerts(result);
        LocationSection.print(out, result.located());
        truth(result, GroundTruth.load(groundTruth));
    }

    /** Illegal broadcast: each FM carrier that is not ok, its findings, where it is and how far that is from the truth. */
    public void fm(FmAnalysisResult fm, Path groundTruth) throws IOException {
        GroundTruth truth = GroundTruth.load(groundTruth);
        out.printf(Locale.ROOT, "Illegal broadcast — %d FM carrier(s) heard, %d licensed station(s) in the register:%n",
                fm.carriers().size(), fm.licences().size());
        boolean any = false;
        for (FmAssessment carrier : fm.carriers()) {
            if (carrier.verdict() == Verdict.OK) {
                continue;
            }
            any = true;
            out.printf(Locale.ROOT, "  %-14s %-10s score %4.1f  %s%n", carrier.carrier().label(),
                    carrier.verdict().jsonName().toUpperCase(Locale.ROOT), carrier.score(), carrier.findings().stream()
                            .map(FmFinding::signature).collect(Collectors.joining(", ")));
            FmLocation location = fm.locations().stream().filter(l -> l.assessment() == carrier).findFirst()
                    .orElse(null);
            if (carrier.licensed()) {
                out.printf(Locale.ROOT, "                 licensed transmitter %s at %.5f, %.5f (%s)%n",
                        carrier.carrier().licence().station(), carrier.carrier().licence().latitude(),
                        carrier.carrier().licence().longitude(), carrier.carrier().licence().source());
                continue;
            }
            if (location == null || location.geo() == null) {
                out.println("                 not located" + (location == null ? "" : ": " + location.result()));
                continue;
            }
            EmitterLocation geo = location.geo();
            String compared = truth.fmEmitterNear(carrier.carrier().frequencyHz(), 25_000)
                    .flatMap(id -> truth.positionAt(id, null).map(real -> {
                        double[] a = fm.plane().toEastNorth(geo.lat(), geo.lon());
                        double[] b = fm.plane().toEastNorth(real[0], real[1]);
                        return String.format(Locale.ROOT, "; truth '%s' %.0f m away", id,
                                Math.hypot(a[0] - b[0], a[1] - b[1]));
                    })).orElse("");
            out.printf(Locale.ROOT, "                 at %.6f, %.6f  95%%: %.0f×%.0f m  EIRP %.0f dBm%s%n", geo.lat(),
                    geo.lon(), geo.ellipse95().semiMajorM(), geo.ellipse95().semiMinorM(), geo.transmitDbm(), compared);
        }
        if (!any) {
            out.println("  none");
        }
        out.println();
    }

    public void files(List<Path> files) {
        out.println("Results:");
        out.println("  JSON lines (cells, findings with evidence, locations): " + files.get(0));
        out.println("  GeoJSON map (RFC 7946; QGIS, geojson.io):             " + files.get(1));
        out.println("  KML map (Google Earth):                               " + files.get(2));
        out.println("  the simulated captures, plan and ground truth:        " + files.get(3));
        out.println("  see one probe's cells: ./roguewatch analyze --plan " + files.get(3).resolve("plan.csv") + " "
                + files.get(3).resolve("north.pcap"));
    }

    /** Every cell that is not ok, in the order its first evidence arrived. */
    private void alerts(AnalysisResult result) {
        List<CellAssessment> alerts = new ArrayList<>(result.assessments().stream()
                .filter(a -> a.verdict() != Verdict.OK).toList());
        alerts.sort(Comparator.comparing(DemoReport::opened, Comparator.nullsLast(Comparator.naturalOrder())));
        out.println("Alerts, in the order they opened (scenario time, UTC):");
        if (alerts.isEmpty()) {
            out.println("  none");
        }
        for (CellAssessment alert : alerts) {
            Instant opened = opened(alert);
            out.printf(Locale.ROOT, "  %s  %-10s %s %-28s score %4.1f  %s%n", opened == null ? "--:--:--"
                            : CLOCK.format(opened), alert.verdict().jsonName().toUpperCase(Locale.ROOT),
                    alert.cell().radio(), alert.cell().ref(), alert.score(), alert.findings().stream()
                            .filter(f -> f.weight() > 0).map(Finding::signature).distinct()
                            .collect(Collectors.joining(", ")));
        }
        out.println();
    }

    private static Instant opened(CellAssessment assessment) {
        Instant first = null;
        for (Finding finding : assessment.findings()) {
            for (Evidence evidence : finding.evidence()) {
                if (evidence.time() != null && (first == null || evidence.time().isBefore(first))) {
                    first = evidence.time();
                }
            }
        }
        return first;
    }

    private void truth(AnalysisResult result, GroundTruth truth) {
        out.println("Against the simulator's ground truth:");
        LocalTangentPlane plane = result.located().plane();
        boolean any = false;
        for (TargetLocation target : result.located().targets()) {
            EmitterLocation geo = target.geo();
            Long cellId = target.assessment().cell().ref().cellId();
            Optional<String> emitter = cellId == null ? Optional.empty() : truth.emitterWithCellId(cellId);
            if (geo == null || emitter.isEmpty()) {
                continue;
            }
            Instant when = geo.track().isEmpty() ? geo.to() : geo.track().get(geo.track().size() - 1).time();
            Optional<double[]> real = truth.positionAt(emitter.get(), when);
            if (real.isEmpty()) {
                continue;
            }
            double[] a = plane.toEastNorth(geo.lat(), geo.lon());
            double[] b = plane.toEastNorth(real.get()[0], real.get()[1]);
            double error = Math.hypot(a[0] - b[0], a[1] - b[1]);
            out.printf(Locale.ROOT, "  %-28s is '%s': true position %.5f, %.5f%s; estimate %.0f m away (95 %%"
                            + " ellipse semi-major %.0f m, Cramér–Rao bound %.0f m)%n", target.assessment().cell().ref(),
                    emitter.get(), real.get()[0], real.get()[1], geo.track().isEmpty() ? "" : " at " + CLOCK.format(when),
                    error, geo.ellipse95().semiMajorM(), geo.crlbM());
            any = true;
        }
        if (!any) {
            out.println("  nothing located to compare");
        }
        out.println();
    }
}
