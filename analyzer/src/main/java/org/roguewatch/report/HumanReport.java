package org.roguewatch.report;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.analyze.InputSummary;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.detect.CellAssessment;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.decode.RadioMessage;
import org.roguewatch.gsmtap.GsmtapChannel;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.observe.CellField;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.FieldHistory;
import org.roguewatch.observe.Radio;
import org.roguewatch.observe.Sighting;
import org.roguewatch.probe.FrameCounters;

/** The report for people: a table of cells, each cell's parameters with their evidence, and the counts. */
public final class HumanReport {
    /** Evidence lines shown per finding; the JSON lines carry every one. */
    private static final int EVIDENCE_LINES = 8;
    private final PrintStream out;
    private String messageSource;
    private Instant sourceStart;

    public HumanReport(PrintStream out) {
        this.out = out;
    }

    /**
     * One line per message, like tshark's one-line view: frame number, seconds since the first
     * frame of its file, ARFCN and direction, channel, message name and its telling fields.
     */
    public void message(FrameRef ref, GsmtapHeader header, RadioMessage message) {
        if (!ref.source().equals(messageSource)) {
            messageSource = ref.source();
            sourceStart = ref.time();
            out.printf("%s%n", messageSource);
        }
        double seconds = sourceStart == null || ref.time() == null ? 0
                : Duration.between(sourceStart, ref.time()).toNanos() / 1e9;
        out.printf("%7d %11.6f  ARFCN %4d %s  %-10s %-32s %s%n", ref.frame(), seconds, header.arfcn(),
                header.uplink() ? "UL" : "DL", GsmtapChannel.name(header.subType()), message.name(), message.info());
    }

    public void report(AnalysisResult result) {
        FrameCounters counters = result.counters();
        out.printf("RogueWatch analysis of %d input(s): %,d packets, %,d GSMTAP frames, %,d messages, %,d malformed"
                        + " (%.2f s)%n", result.inputs().size(), counters.packets(), counters.gsmtapFrames(),
                counters.messageTotal(), counters.malformedTotal(), result.elapsed().toNanos() / 1e9);
        for (InputSummary input : result.inputs()) {
            out.printf("  %s (%s, %,d packets)%n", input.file(), input.format(), input.packets());
        }
        if (result.plan() != null) {
            out.printf("  cell plan: %,d cells%s%n", result.plan().size(), result.plan().skippedRows() == 0 ? ""
                    : String.format(", %,d bad rows skipped (--lenient), first: %s", result.plan().skippedRows(),
                            result.plan().problems().isEmpty() ? "?" : result.plan().problems().get(0)));
        }
        out.println();
        new CellTable(out, result).print(result);
        findings(result);
        if (result.located() != null) {
            LocationSection.print(out, result.located());
        }
        for (CellObservation cell : result.cells()) {
            cellDetail(cell);
        }
        counts("Messages by type", counters.messages());
        counts("GSMTAP frames by type", counters.gsmtapTypes());
        counts("Frames that completed no message", counters.withoutMessage());
        counts("Packets that are not GSMTAP", counters.notGsmtap());
        if (counters.malformed().isEmpty()) {
            out.println("Malformed input: none");
        } else {
            out.println("Malformed input (reason, count, first seen at):");
            Map<String, FrameRef> first = counters.firstMalformed();
            counters.malformed().forEach((reason, count) ->
                    out.printf("  %-36s %,10d  %s%n", reason, count, first.get(reason)));
        }
    }

    private void findings(AnalysisResult result) {
        for (CellAssessment assessment : result.assessments()) {
            if (assessment.findings().isEmpty()) {
                continue;
            }
            out.printf("Findings on %s — %s, score %.1f%n", assessment.cell(),
                    assessment.verdict().jsonName().toUpperCase(Locale.ROOT), assessment.score());
            for (Finding finding : assessment.findings()) {
                out.printf("  [%-6s] %-26s %s%n", finding.severity().name().toLowerCase(Locale.ROOT),
                        finding.signature(), finding.summary());
                boolean fleet = !result.roster().isEmpty();
                int shown = 0;
                for (Evidence evidence : finding.evidence()) {
                    if (shown++ == EVIDENCE_LINES) {
                        out.printf("           ... %d more (all of them with --json)%n",
                                finding.evidence().size() - EVIDENCE_LINES);
                        break;
                    }
                    String where = evidence.frame() > 0 ? "frame " + evidence.frame() : "no single frame";
                    if (fleet && evidence.probe() != null) {
                        where = evidence.probe() + " " + where;
                    }
                    out.printf("           %-16s %s = %s%s%n", where, evidence.field(), evidence.value(),
                            evidence.expected() == null ? "" : "   (expected " + evidence.expected() + ")");
                }
            }
            out.println();
        }
    }

    private void cellDetail(CellObservation cell) {
        out.printf("%s %d  %s  heard %s .. %s%n", cell.radio() == Radio.LTE ? "EARFCN" : "ARFCN", cell.channel(), cell.identity(), cell.firstSeen(), cell.lastSeen());
        Set<String> sources = new TreeSet<>();
        cell.fields().values().forEach(history -> history.sightings().forEach(s -> sources.add(s.first().source())));
        boolean oneSource = sources.size() == 1;
        if (oneSource) {
            out.printf("  evidence frames refer to %s%n", sources.iterator().next());
        }
        out.printf("  %-24s %-30s %s%n", "parameter", "value", "first frame with it (frames carrying it)");
        for (Map.Entry<CellField<?>, FieldHistory<?>> entry : cell.fields().entrySet()) {
            boolean firstValue = true;
            for (Sighting<?> sighting : entry.getValue().sightings()) {
                String where = oneSource ? "frame " + sighting.first().frame() : sighting.first().toString();
                out.printf("  %-24s %-30s %s (%,d)%n", firstValue ? entry.getKey().name() : "  (also)",
                        ReportFormat.humanValue(sighting.value()), where, sighting.count());
                firstValue = false;
            }
        }
        out.println();
    }

    private void counts(String title, Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return;
        }
        out.println(title + ":");
        counts.forEach((name, count) -> out.printf("  %-44s %,10d%n", name, count));
        out.println();
    }
}
