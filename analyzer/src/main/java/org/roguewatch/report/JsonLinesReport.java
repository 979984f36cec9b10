package org.roguewatch.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.analyze.InputSummary;
import java.util.Locale;
import org.roguewatch.broadcast.FmAnalysisResult;
import org.roguewatch.broadcast.FmAssessment;
import org.roguewatch.broadcast.FmLocation;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.detect.fm.FmDetector;
import org.roguewatch.detect.fm.FmFinding;
import org.roguewatch.detect.CellAssessment;
import org.roguewatch.detect.CellRef;
import org.roguewatch.detect.Detector;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.locate.TargetLocation;
import org.roguewatch.observe.Radio;
import org.roguewatch.decode.RadioMessage;
import org.roguewatch.gsmtap.GsmtapChannel;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.observe.CellField;
import org.roguewatch.observe.CellIdentity;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.FieldHistory;
import org.roguewatch.observe.Sighting;
import org.roguewatch.probe.FrameCounters;

/**
 * The machine output: JSON lines, one object per line, each with a {@code "type"}; a
 * {@code report} line first and a {@code summary} line last (schema in README.md and
 * ARCHITECTURE.md). Field names follow tshark's where one exists.
 */
public final class JsonLinesReport {
    /** Bumped whenever a field is renamed or removed; adding fields does not bump it. */
    public static final int VERSION = 1;

    private final PrintStream out;

    public JsonLinesReport(PrintStream out) {
        this.out = out;
    }

    public void header(String toolVersion, List<String> inputs, List<Detector> detectors) {
        header(toolVersion, inputs, detectors, List.of());
    }

    /** The report line, listing the FM detectors after the cell detectors. */
    public void header(String toolVersion, List<String> inputs, List<Detector> detectors,
                       List<FmDetector> fmDetectors) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "report");
        line.put("version", VERSION);
        line.put("tool", "roguewatch " + toolVersion);
        List<Object> ran = new ArrayList<>(detectors.size());
        for (Detector detector : detectors) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", detector.id());
            entry.put("version", detector.version());
            ran.add(entry);
        }
        for (FmDetector detector : fmDetectors) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", detector.id());
            entry.put("version", detector.version());
            ran.add(entry);
        }
        line.put("detectors", ran);
        line.put("inputs", inputs);
        emit(line);
    }

    public void message(FrameRef ref, GsmtapHeader header, RadioMessage message) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "message");
        line.put("source", ref.source());
        line.put("frame", ref.frame());
        line.put("time", ref.time());
        line.put("arfcn", header.arfcn());
        line.put("uplink", header.uplink());
        line.put("channel", GsmtapChannel.name(header.subType()));
        line.put("timeslot", header.timeslot());
        line.put("signalDbm", header.signalDbm());
        line.put("name", message.name());
        line.put("info", message.info());
        emit(line);
    }

    /** A cell line per cell heard, each followed by its findings. */
    public void cells(AnalysisResult result) {
        for (CellAssessment assessment : result.assessments()) {
            for (CellObservation observation : assessment.cell().observations()) {
                emit(cellLine(observation, assessment));
            }
            for (Finding finding : assessment.findings()) {
                emit(findingLine(finding));
            }
        }
    }

    public static Map<String, Object> findingLine(Finding finding) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "finding");
        line.put("signature", finding.signature());
        line.put("detectorVersion", finding.detectorVersion());
        line.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
        line.put("weight", finding.weight());
        // No cell for a finding about a probe (PROBE-SILENT) or an FM carrier (the alert names the carrier).
        if (finding.cell() != null) {
            line.put("cell", cellRef(finding.cell()));
        }
        line.put("summary", finding.summary());
        line.put("evidence", evidence(finding.evidence()));
        return line;
    }

    /** A finding's evidence as JSON objects. */
    static List<Object> evidence(List<Evidence> items) {
        List<Object> evidence = new ArrayList<>(items.size());
        for (Evidence item : items) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("probe", item.probe());
            entry.put("source", item.source());
            entry.put("frame", item.frame());
            entry.put("time", item.time());
            entry.put("field", item.field());
            entry.put("value", item.value());
            entry.put("expected", item.expected());
            evidence.add(entry);
        }
        return evidence;
    }

    /** A cell's identity and channel, as findings and locations name their cell. */
    public static Map<String, Object> cellRef(CellRef ref) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("radio", ref.radio().name());
        cell.put("mcc", ref.mcc());
        cell.put("mnc", ref.mnc());
        cell.put(ref.radio() == Radio.GSM ? "lac" : "tac", ref.areaCode());
        cell.put(ref.radio() == Radio.GSM ? "ci" : "eci", ref.cellId());
        cell.put(ref.radio() == Radio.GSM ? "arfcn" : "earfcn", ref.channel());
        return cell;
    }

    /** After a fleet's cells: the calibration, then one location line per target. */
    public void locations(AnalysisResult result) {
        if (result.located() != null) {
            emit(LocationLines.calibration(result.located().calibration()));
            for (TargetLocation target : result.located().targets()) {
                emit(LocationLines.location(target, result.located().plane()));
            }
        }
    }

    public void summary(AnalysisResult result) {
        summary(result, null);
    }

    /** The summary line; with an FM stage, its counts under "spectrum" and its bad input in "malformed". */
    public void summary(AnalysisResult result, FmAnalysisResult fm) {
        FrameCounters counters = result.counters();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "summary");
        List<Object> inputs = new ArrayList<>();
        for (InputSummary input : result.inputs()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", input.file());
            entry.put("format", input.format());
            entry.put("packets", input.packets());
            inputs.add(entry);
        }
        line.put("inputs", inputs);
        line.put("packets", counters.packets());
        line.put("gsmtapFrames", counters.gsmtapFrames());
        line.put("gsmtapTypes", counters.gsmtapTypes());
        line.put("messages", counters.messageTotal());
        line.put("messageTypes", counters.messages());
        line.put("framesWithoutMessage", counters.withoutMessage());
        line.put("notGsmtap", counters.notGsmtap());
        line.put("malformed", fm == null ? counters.malformed() : FmLines.mergedMalformed(counters.malformed(), fm));
        line.put("cells", result.cells().size());
        Map<String, Long> verdicts = new LinkedHashMap<>();
        long findings = 0;
        for (CellAssessment assessment : result.assessments()) {
            verdicts.merge(assessment.verdict().jsonName(), 1L, Long::sum);
            findings += assessment.findings().size();
        }
        line.put("verdicts", verdicts);
        line.put("findings", findings);
        if (result.plan() != null) {
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("cells", result.plan().size());
            plan.put("skippedRows", result.plan().skippedRows());
            plan.put("problems", result.plan().problems());
            line.put("plan", plan);
        }
        if (fm != null) {
            line.put("spectrum", FmLines.summary(fm));
        }
        line.put("elapsedSeconds", result.elapsed().toNanos() / 1e9 + (fm == null ? 0 : fm.elapsed().toNanos() / 1e9));
        emit(line);
    }

    private static Map<String, Object> cellLine(CellObservation cell, CellAssessment assessment) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "cell");
        line.put("radio", cell.radio().name());
        CellIdentity identity = cell.identity();
        line.put("mcc", identity.mcc());
        line.put("mnc", identity.mnc());
        boolean gsm = cell.radio() == Radio.GSM;
        line.put(gsm ? "lac" : "tac", identity.lac());
        line.put(gsm ? "ci" : "eci", identity.ci());
        line.put(gsm ? "arfcn" : "earfcn", cell.channel());
        line.put("probes", List.of(cell.probeId()));
        line.put("verdict", assessment.verdict().jsonName());
        line.put("score", assessment.score());
        line.put("firstSeen", cell.firstSeen());
        line.put("lastSeen", cell.lastSeen());
        Map<String, Object> evidence = new LinkedHashMap<>();
        for (Map.Entry<CellField<?>, FieldHistory<?>> entry : cell.fields().entrySet()) {
            String name = entry.getKey().name();
            FieldHistory<?> history = entry.getValue();
            if (!line.containsKey(name)) {
                line.put(name, ReportFormat.jsonValue(history.latest()));
            }
            List<Object> sightings = new ArrayList<>();
            for (Sighting<?> sighting : history.sightings()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("probe", cell.probeId());
                item.put("source", sighting.first().source());
                item.put("frame", sighting.first().frame());
                item.put("time", sighting.first().time());
                item.put("field", entry.getKey().tsharkField());
                item.put("value", ReportFormat.jsonValue(sighting.value()));
                item.put("frames", sighting.count());
                item.put("lastFrame", sighting.last().frame());
                sightings.add(item);
            }
            evidence.put(name, sightings);
        }
        Map<String, Object> signal = new LinkedHashMap<>();
        boolean measured = cell.signal().samples() > 0; // no level reported: nulls, not 0 dBm
        signal.put("samples", cell.signal().samples());
        signal.put("minDbm", measured ? cell.signal().minDbm() : null);
        signal.put("meanDbm", measured ? cell.signal().meanDbm() : null);
        signal.put("maxDbm", measured ? cell.signal().maxDbm() : null);
        signal.put("lastDbm", measured ? cell.signal().lastDbm() : null);
        signal.put("meanSnrDb", measured ? cell.signal().meanSnrDb() : null);
        line.put("signal", signal);
        line.put("messages", cell.messages());
        line.put("evidence", evidence);
        return line;
    }

    /** After the cells and their locations: the FM carriers with their findings, the FM calibration, the carriers' locations. */
    public void carriers(FmAnalysisResult fm) {
        for (FmAssessment carrier : fm.carriers()) {
            emit(FmLines.carrier(carrier));
            for (FmFinding finding : carrier.findings()) {
                emit(FmLines.finding(finding, carrier));
            }
        }
        if (!fm.locations().isEmpty()) {
            Map<String, Object> calibration = LocationLines.calibration(fm.calibration());
            calibration.put("radio", "FM");
            emit(calibration);
        }
        for (FmLocation location : fm.locations()) {
            emit(FmLines.location(location, fm.plane()));
        }
    }

    private void emit(Map<String, Object> line) {
        out.println(Json.write(line));
    }
}
