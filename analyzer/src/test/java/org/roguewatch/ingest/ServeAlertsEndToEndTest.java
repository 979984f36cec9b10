package org.roguewatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.agent.ProbeAgent;
import org.roguewatch.agent.ProbeConfig;
import org.roguewatch.alert.AlertSettings;
import org.roguewatch.alert.sink.SinkProblem;
import org.roguewatch.certs.TestDeployment;
import org.roguewatch.cli.MiniJson;
import org.roguewatch.registry.ConfigException;

/**
 * {@code serve} as the full analyzer server: a probe replays the IMSI-catcher sample over mutual TLS, the
 * detection run opens an alert that reaches the JSON-lines sink and the HTTP API with its evidence, the API
 * lists the probe as alive and the never-seen expected probe's PROBE-SILENT finding, and a restart on the same
 * data directory still serves the alert.
 */
class ServeAlertsEndToEndTest {
    private static final Path SAMPLE = Path.of("..", "config", "samples", "imsi-catcher-sample.pcap")
            .toAbsolutePath().normalize();
    private static final Path PLAN = Path.of("..", "config", "cell-plan.csv").toAbsolutePath().normalize();
    /** Shortly after the sample's last frame (00:00:11.5), so its evidence is fresh to the alert lifecycle. */
    private static final Instant SAMPLE_TIME = Instant.parse("2026-11-24T00:01:00Z");
    static final String TOKEN = "serve-test-token";
    private static final String CATCHER = "GSM 001-01-1-10 ARFCN 725";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aProbesCatcherOpensAnAlertServedByTheApiAndKeptAcrossARestart(@TempDir Path directory) throws Exception {
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), SAMPLE_TIME));
        Path serveConfig = withAlertsAndApi(directory, List.of("sink.cap.enabled = false"),
                "tls.crl = certs/" + TestDeployment.CRL, "probes.expected = probe-1, probe-2", "detection.interval = 1h",
                "detection.plan = " + PLAN, "data.directory = data");
        String alertId;
        try (AnalyzerServer server = AnalyzerServer.start(ServeConfig.load(serveConfig), clock)) {
            ServeAlerts alerts = server.alerts().orElseThrow();
            Path probeConfig = ProbeToServeEndToEndTest.probeConfig(directory, server, "position.mode = fixed",
                    "position.lat = 51.2277", "position.lon = 6.7735", "uplink.heartbeat = 200ms",
                    "source.sample.type = pcap", "source.sample.file = " + SAMPLE, "agent.exit_when_done = true");
            try (ProbeAgent agent = ProbeAgent.start(ProbeConfig.load(probeConfig))) {
                agent.awaitStop();
                ProbeToServeEndToEndTest.awaitHeartbeat(server);
            }
            server.detection().run();

            Map<String, Object> alert = catcherAlert(get(alerts.apiUrl(), "api/alerts"));
            alertId = (String) alert.get("id");
            assertEquals("open", alert.get("status"));
            assertTrue(((List<?>) alert.get("signatures")).contains("GSM-NULL-CIPHER"), alert.toString());
            assertTrue(hasFrameEvidence(alert), "the alert carries its findings' evidence: " + alert);

            List<String> sink = Files.readAllLines(directory.resolve("data/alerts/alerts.jsonl"));
            assertTrue(sink.stream().map(MiniJson::object).anyMatch(event -> "opened".equals(event.get("event"))
                    && alertId.equals(event.get("id"))), "the JSON-lines sink has the opening: " + sink);

            Map<String, Map<String, Object>> probes = byKey(get(alerts.apiUrl(), "api/probes"), "probes", "probeId");
            assertEquals("alive", probes.get("probe-1").get("status"));
            assertEquals(51.2277, (Double) probes.get("probe-1").get("lat"), 1e-9);
            assertEquals("silent", probes.get("probe-2").get("status"), "expected but never connected");
            Map<?, ?> health = (Map<?, ?>) probes.get("probe-1").get("health");
            assertTrue(health.get("observations") instanceof Number n && n.longValue() > 0, health.toString());
            assertTrue(health.containsKey("framesPerSecond") && health.containsKey("sources"), "heartbeat: " + health);

            List<?> findings = (List<?>) MiniJson.object(get(alerts.apiUrl(), "api/findings")).get("findings");
            assertTrue(findings.stream().map(f -> (Map<?, ?>) f).anyMatch(f -> "PROBE-SILENT".equals(f.get("signature"))
                    && "PROBE probe-2".equals(f.get("emitter"))), "PROBE-SILENT is a finding: " + findings);
            assertFalse(get(alerts.apiUrl(), "api/alerts").contains("PROBE probe-2"),
                    "a medium PROBE-SILENT opens no alert under the default policy (open on high)");
        }

        try (AnalyzerServer restarted = AnalyzerServer.start(ServeConfig.load(serveConfig), clock)) {
            String url = restarted.alerts().orElseThrow().apiUrl();
            Map<String, Object> alert = catcherAlert(get(url, "api/alerts"));
            assertEquals(alertId, alert.get("id"), "the same alert, from the store in the data directory");
            assertEquals("open", alert.get("status"));
            assertTrue(hasFrameEvidence(alert), "its evidence survives the restart");
            restarted.detection().run();
            assertTrue(hasFrameEvidence(catcherAlert(get(url, "api/alerts"))),
                    "a run before the probe reports again keeps the stored evidence");
            Map<String, Object> probe = byKey(get(url, "api/probes"), "probes", "probeId").get("probe-1");
            assertEquals("silent", probe.get("status"), "not reconnected since the restart");
            assertEquals(51.2277, (Double) probe.get("lat"), 1e-9, "still drawn where it was last seen");
            assertTrue(probe.get("lastSeen") != null, "its last contact before the restart stands");
            assertTrue(probe.get("health") instanceof Map<?, ?> kept && kept.containsKey("sources"),
                    "and its last heartbeat");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aSinkThatCannotStartIsReportedAndTheServerServesAnyway(@TempDir Path directory) throws Exception {
        Path serveConfig = withAlertsAndApi(directory, List.of("sink.syslog.enabled = true",
                "sink.syslog.targets = udp://no-such-host.invalid:514"), "detection.interval = 1h");
        try (AnalyzerServer server = AnalyzerServer.start(ServeConfig.load(serveConfig))) {
            ServeAlerts alerts = server.alerts().orElseThrow();
            assertEquals(List.of(AlertSettings.SYSLOG_TARGETS), alerts.sinkProblems().stream()
                    .map(SinkProblem::field).toList());
            assertTrue(alerts.sinkProblems().get(0).where().endsWith("alerts.properties:4"),
                    alerts.sinkProblems().toString());
            server.detection().run();
            assertEquals("{\"alerts\":[]}", get(alerts.apiUrl(), "api/alerts"));
            assertTrue(Files.exists(directory.resolve("store.mv.db")), "store under detection.output's directory");
        }
    }

    @Test
    void anEnabledApiWithoutATokenIsAConfigErrorNamingTheAlertsFileLine(@TempDir Path directory) throws Exception {
        Path alertsFile = Files.write(directory.resolve("alerts.properties"), List.of("api.port = 0", "api.token ="));
        Path serveConfig = ProbeToServeEndToEndTest.serveConfig(directory, "alerts.config = alerts.properties",
                "api.enabled = true");
        ConfigException e = assertThrows(ConfigException.class,
                () -> AnalyzerServer.start(ServeConfig.load(serveConfig)).close());
        assertTrue(e.getMessage().startsWith(alertsFile + ":2: key 'api.token': empty"), e.getMessage());
    }

    /**
     * A serve config (certificates, ingest on a free port) with the API on and an alerts file: a free API port,
     * {@link #TOKEN}, then the given lines (so the first of them is on line 3).
     */
    static Path withAlertsAndApi(Path directory, List<String> alertLines, String... serveLines) throws Exception {
        List<String> alerts = new java.util.ArrayList<>(List.of("api.port = 0", "api.token = " + TOKEN));
        alerts.addAll(alertLines);
        Files.write(directory.resolve("alerts.properties"), alerts);
        List<String> serve = new java.util.ArrayList<>(List.of("alerts.config = alerts.properties",
                "api.enabled = true"));
        serve.addAll(List.of(serveLines));
        return ProbeToServeEndToEndTest.serveConfig(directory, serve.toArray(String[]::new));
    }

    private String get(String base, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> catcherAlert(String body) {
        Map<String, Map<String, Object>> alerts = byKey(body, "alerts", "emitter");
        assertTrue(alerts.containsKey(CATCHER), "an alert on the sample's catcher: " + alerts.keySet());
        return alerts.get(CATCHER);
    }

    @SuppressWarnings("unchecked")
    private static boolean hasFrameEvidence(Map<String, Object> alert) {
        List<Map<String, Object>> findings = (List<Map<String, Object>>) alert.get("findings");
        return findings != null && findings.stream().flatMap(f -> ((List<Map<String, Object>>) f.get("evidence"))
                .stream()).anyMatch(e -> "probe-1".equals(e.get("probe")) && ((Number) e.get("frame")).longValue() > 0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> byKey(String body, String list, String key) {
        Map<String, Map<String, Object>> out = new java.util.LinkedHashMap<>();
        for (Object item : (List<Object>) MiniJson.object(body).get(list)) {
            Map<String, Object> map = (Map<String, Object>) item;
            out.put((String) map.get(key), map);
        }
        return out;
    }
}
