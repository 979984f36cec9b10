package org.roguewatch.api;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.roguewatch.alert.AlertEvent;
import org.roguewatch.alert.AlertSettings;
import org.roguewatch.alert.AlertSystem;
import org.roguewatch.alert.EmitterSnapshot;
import org.roguewatch.alert.FmSnapshots;
import org.roguewatch.alert.Snapshots;
import org.roguewatch.alert.sink.SinkProblem;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.broadcast.FmAnalysisResult;
import org.roguewatch.registry.ConfigException;

/**
 * The alerting part of {@code roguewatch demo}: the analysis goes through the alert pipeline into a fresh store
 * under the demo directory, the sinks write alerts.jsonl and one CAP file per alert, and the map page is written
 * as one offline file, or (with --serve) served with the API until Ctrl-C.
 */
public final class AlertDemo {
    private AlertDemo() {
    }

    /** What the demo's alerting produced. */
    public record Outcome(List<AlertEvent> events, Path jsonl, Path capDir, Path mapFile, List<SinkProblem> problems) {
    }

    /**
     * The settings the demo runs with: the file's if given, with the demo's paths (under {@code dir}) for the
     * keys it leaves unset, and CAP status Exercise (the air is simulated).
     */
    public static AlertSettings settings(Path file, Path dir) throws ConfigException {
        AlertSettings base = file == null ? AlertSettings.defaults() : AlertSettings.load(file);
        return base.withFallbacks(Map.of(
                AlertSettings.STORE_URL, "jdbc:h2:file:" + dir.toAbsolutePath().resolve("store"),
                AlertSettings.JSONL_FILE, dir.resolve("alerts.jsonl").toString(),
                AlertSettings.CAP_DIR, dir.resolve("cap").toString(),
                AlertSettings.MAP_DIR, dir.toString(),
                AlertSettings.CAP_STATUS, "Exercise",
                AlertSettings.API_PORT, "8080"));
    }

    /**
     * Runs the analysis through the alerts. The demo's store, JSON lines and CAP files are started afresh: each
     * demo simulates new air from the same start time.
     *
     * @param serve keep serving the API and map until the process is interrupted
     */
    public static Outcome run(AnalysisResult result, FmAnalysisResult fm, AlertSettings settings, Path dir, boolean serve,
                              PrintStream out)
            throws IOException, InterruptedException {
        Files.deleteIfExists(dir.resolve("store.mv.db"));
        Files.deleteIfExists(dir.resolve("store.trace.db"));
        Files.deleteIfExists(Path.of(settings.string(AlertSettings.JSONL_FILE)));
        Path capDir = Path.of(settings.string(AlertSettings.CAP_DIR));
        if (Files.isDirectory(capDir)) {
            try (var old = Files.list(capDir)) {
                for (Path file : old.filter(p -> p.toString().endsWith(".xml")).toList()) {
                    Files.delete(file);
                }
            }
        }
        try (AlertSystem alerts = AlertSystem.start(settings, Clock.systemUTC())) {
            for (SinkProblem problem : alerts.problems()) {
                out.println("  alert sink problem: " + problem);
            }
            List<EmitterSnapshot> carriers = FmSnapshots.of(fm);
            Instant now = Stream.concat(Snapshots.of(result).stream(), carriers.stream())
                    .map(EmitterSnapshot::lastHeard).filter(t -> t != null)
                    .max(Instant::compareTo).orElse(Instant.now());
            List<AlertEvent> events = new ArrayList<>(alerts.pipeline().accept(result, now));
            events.addAll(alerts.pipeline().accept(carriers, now));
            Path map = dir.resolve("map.html");
            Files.writeString(map, MapPage.offline(ApiJson.mapData(alerts.store())), StandardCharsets.UTF_8);
            Path jsonl = Path.of(settings.string(AlertSettings.JSONL_FILE));
            out.printf("Alerts: %d opened; sinks: %s%n", events.size(), String.join(", ",
                    alerts.pipeline().sinks().stream().map(s -> s.name()).toList()));
            out.println("  alert events (JSON lines):                            " + jsonl);
            out.println("  CAP 1.2 messages, one per alert:                      " + capDir);
            out.println("  map page (offline, no server or network needed):      " + map.toAbsolutePath().normalize().toUri());
            if (!serve) {
                out.println("  serve it live with the API and SSE: ./roguewatch demo --serve, then open the URL it prints");
                return new Outcome(events, jsonl, capDir, map, alerts.problems());
            }
            serve(settings, alerts, out);
            return new Outcome(events, jsonl, capDir, map, alerts.problems());
        }
    }

    private static void serve(AlertSettings settings, AlertSystem alerts, PrintStream out) throws InterruptedException {
        String token = settings.string(AlertSettings.API_TOKEN);
        if (token.isBlank()) {
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            token = HexFormat.of().formatHex(random);
        }
        ApiSettings api = new ApiSettings(settings.string(AlertSettings.API_BIND),
                settings.integer(AlertSettings.API_PORT), token, settings.string(AlertSettings.API_TILE_URL));
        CountDownLatch stop = new CountDownLatch(1);
        try (ApiServer server = ApiServer.start(api, alerts.pipeline())) {
            out.println("  map page and API (Ctrl-C stops):                      " + server.url() + "?access_token="
                    + token);
            out.println("  API example: curl -H 'Authorization: Bearer " + token + "' " + server.url() + "api/alerts");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "demo-stop"));
            stop.await();
        }
    }
}
