package org.roguewatch.report;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.detect.CellAssessment;
import org.roguewatch.detect.Finding;
import org.roguewatch.locate.TargetLocation;

/** {@code roguewatch locate} for people: what was read, where the targets are, why they are targets, and the maps. */
public final class LocationReportPrinter {
    private LocationReportPrinter() {
    }

    public static void print(PrintStream out, AnalysisResult result, String geojson, String kml) {
        Map<String, Long> verdicts = new TreeMap<>(result.assessments().stream()
                .collect(Collectors.groupingBy(a -> a.verdict().jsonName(), Collectors.counting())));
        out.printf(Locale.ROOT, "RogueWatch locate: %s, %,d GSMTAP frames, %d cells %s (%.2f s)%n", result.heardBy(),
                result.counters().gsmtapFrames(), result.assessments().size(), verdicts,
                result.elapsed().toNanos() / 1e9);
        out.println();
        LocationSection.print(out, result.located());
        if (!result.located().targets().isEmpty()) {
            out.println("Why each was located (signatures; analyze --probes shows the evidence):");
            for (TargetLocation target : result.located().targets()) {
                CellAssessment assessment = target.assessment();
                out.printf(Locale.ROOT, "  %-28s %-10s score %5.1f  %s%n", assessment.cell().ref(),
                        assessment.verdict().jsonName().toUpperCase(Locale.ROOT), assessment.score(),
                        assessment.findings().stream().map(Finding::signature).distinct()
                                .collect(Collectors.joining(", ")));
            }
            out.println();
        }
        if (geojson != null) {
            out.println("GeoJSON (RFC 7946): " + geojson);
        }
        if (kml != null) {
            out.println("KML 2.2 (Google Earth): " + kml);
        }
    }
}
