package org.roguewatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.alert.Alert;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.detect.DetectionSetup;
import org.roguewatch.probe.FrameCounters;
import org.roguewatch.store.FindingRow;

/** How serve stores probe silence: a finding while it lasts, an alert only when the policy's severity allows. */
class ServeAlertsTest {
    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final Instant LAST_CONTACT = NOW.minus(Duration.ofMinutes(20));

    @Test
    void aSilentProbesFindingIsStoredWhileSilentAndRemovedWhenItReportsAgain(@TempDir Path directory)
            throws Exception {
        try (ServeAlerts alerts = start(directory, "alerts.open-severity = high")) {
            alerts.detected(nothingHeard(), List.of(status(ProbeState.SILENT)), silence());
            List<FindingRow> findings = alerts.alerts().store().findings("PROBE probe-2");
            assertEquals(List.of("PROBE-SILENT"), findings.stream().map(FindingRow::signature).toList());
            assertEquals("medium", findings.get(0).severity());
            assertTrue(findings.get(0).evidenceJson().contains(LAST_CONTACT.toString()), findings.get(0).evidenceJson());
            assertEquals(List.of(), alerts.alerts().pipeline().openAlerts(), "medium is below the open severity");

            alerts.detected(nothingHeard(), List.of(status(ProbeState.ALIVE)), List.of());
            assertEquals(List.of(), alerts.alerts().store().findings("PROBE probe-2"));
            assertEquals("alive", alerts.alerts().store().probes().get(0).status());
        }
    }

    @Test
    void anOperatorWhoOpensOnMediumGetsAnAlertForASilentProbe(@TempDir Path directory) throws Exception {
        try (ServeAlerts alerts = start(directory, "alerts.open-severity = medium")) {
            alerts.detected(nothingHeard(), List.of(status(ProbeState.SILENT)), silence());
            List<Alert> open = alerts.alerts().pipeline().openAlerts();
            assertEquals(List.of("PROBE probe-2"), open.stream().map(Alert::emitter).toList());
            assertEquals(List.of("PROBE-SILENT"), open.get(0).signatures());
        }
    }

    private static ServeAlerts start(Path directory, String policy) throws Exception {
        Path alertsFile = Files.write(directory.resolve("alerts.properties"), List.of(policy,
                "sink.cap.enabled = false", "sink.map.enabled = false"));
        ServeConfig config = new ServeConfig(null, null, null, Duration.ofMinutes(1), Duration.ofMinutes(5), List.of(),
                Duration.ofHours(1), directory.resolve("report.jsonl"), null, null, null, alertsFile, false, directory, null);
        return ServeAlerts.start(config, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static AnalysisResult nothingHeard() {
        return new AnalysisResult("fleet", List.of(), List.of(), List.of(),
                new DetectionSetup.Detection(List.of(), List.of()), null, new FrameCounters(), Duration.ZERO, null);
    }

    private static ProbeStatus status(ProbeState state) {
        return new ProbeStatus("probe-2", state, state == ProbeState.ALIVE ? NOW : LAST_CONTACT, "test", null, 1, 1, 0,
                0);
    }

    private static List<ProbeFinding> silence() {
        return ProbeSilence.findings(List.of(status(ProbeState.SILENT)));
    }
}
