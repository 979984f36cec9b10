package org.roguewatch.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.detect.CellAssessment;
import org.roguewatch.detect.Finding;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.locate.report.ProbePosition;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.registry.Severity;
import org.roguewatch.report.Json;
import org.roguewatch.report.JsonLinesReport;
import org.roguewatch.store.AlertRow;
import org.roguewatch.store.CellRow;
import org.roguewatch.store.FindingRow;
import org.roguewatch.store.ProbeRow;

/** Maps alerts and analysis results to the store's rows and back. */
final class StoreRecords {
    private StoreRecords() {
    }

    static AlertRow row(Alert alert, String fingerprint) {
        return new AlertRow(alert.id(), alert.emitter(), alert.target(), alert.radio(), alert.status().label(),
                alert.severity().label(), alert.score(), alert.openedAt(), alert.updatedAt(), alert.lastHeard(),
                alert.resolvedAt(), alert.revision(), fingerprint, AlertJson.alert(alert));
    }

    /** An open alert resumed after a restart: findings come back with the next assessment. */
    static Alert alert(AlertRow row, EmitterLocation location) {
        return new Alert(row.id(), row.emitter(), row.radio(), row.target(), AlertStatus.parse(row.status()),
                Severity.parse(row.severity()), row.score(), "rogue", row.openedAt(), row.updatedAt(), row.lastHeard(),
                row.resolvedAt(), row.revision(), List.of(), List.of(), location);
    }

    static CellRow cell(EmitterSnapshot snapshot, CellAssessment assessment) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", "cell");
        doc.put("emitter", snapshot.emitter());
        doc.put("radio", snapshot.radio());
        doc.put("target", snapshot.target());
        doc.put("cell", assessment == null ? null : JsonLinesReport.cellRef(assessment.cell().ref()));
        doc.put("verdict", snapshot.verdict().jsonName());
        doc.put("score", snapshot.score());
        doc.put("signatures", snapshot.findings().stream().filter(f -> f.weight() > 0).map(Finding::signature)
                .distinct().toList());
        doc.put("probes", assessment == null ? List.of() : assessment.cell().observations().stream()
                .map(CellObservation::probeId).distinct().toList());
        doc.put("firstHeard", snapshot.firstHeard());
        doc.put("lastHeard", snapshot.lastHeard());
        return new CellRow(snapshot.emitter(), snapshot.radio(), snapshot.target(), snapshot.verdict().jsonName(),
                snapshot.score(), snapshot.lastHeard(), Json.write(doc));
    }

    static List<FindingRow> findings(EmitterSnapshot snapshot) {
        List<FindingRow> rows = new ArrayList<>();
        for (Finding finding : snapshot.findings()) {
            rows.add(new FindingRow(snapshot.emitter(), finding.signature(), finding.detectorVersion(),
                    finding.severity().label(), finding.weight(), finding.summary(),
                    Json.write(JsonLinesReport.findingLine(finding).get("evidence"))));
        }
        return rows;
    }

    /** Each probe of the analysis with its position, when its data last arrived, and its health at {@code now}. */
    static List<ProbeRow> probes(AnalysisResult result, AlertPolicy policy, Instant now) {
        Map<String, Instant> lastSeen = new LinkedHashMap<>();
        for (CellAssessment assessment : result.assessments()) {
            for (CellObservation observation : assessment.cell().observations()) {
                lastSeen.merge(observation.probeId(), observation.lastSeen() == null ? Instant.EPOCH
                        : observation.lastSeen(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Map<String, ProbeRow> rows = new LinkedHashMap<>();
        if (result.located() != null) {
            for (ProbePosition probe : result.located().report().probes()) {
                // A moving probe has a position per waypoint: keep the latest.
                Instant seen = lastSeen.get(probe.probeId());
                rows.put(probe.probeId(), new ProbeRow(probe.probeId(), probe.lat(), probe.lon(), seen,
                        policy.probeStatus(seen, now)));
            }
        }
        lastSeen.forEach((probe, seen) -> rows.putIfAbsent(probe, new ProbeRow(probe, null, null, seen,
                policy.probeStatus(seen, now))));
        return List.copyOf(rows.values());
    }
}
