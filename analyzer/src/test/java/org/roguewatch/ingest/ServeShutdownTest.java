package org.roguewatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.cli.Main;
import org.roguewatch.store.AlertRow;
import org.roguewatch.store.Store;

/**
 * {@code roguewatch serve} as a process stopped with SIGTERM: it shuts down without an error and leaves the store
 * with its alert for the next start. The alert comes from an expected probe that never reports (PROBE-SILENT,
 * opened because this alerts file opens on medium), so it is fresh by the wall clock.
 */
class ServeShutdownTest {
    private static final String MAP_LINE = "roguewatch serve: map page and API on ";

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void sigtermClosesServeCleanlyAndItsAlertsStayInTheStore(@TempDir Path directory) throws Exception {
        Path config = ServeAlertsEndToEndTest.withAlertsAndApi(directory, List.of("alerts.open-severity = medium",
                "sink.cap.enabled = false"), "detection.interval = 200ms", "probes.expected = probe-9");
        Path log = directory.resolve("serve.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process serve = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=" + Path.of("..", "config", "logback.xml").toAbsolutePath(),
                Main.class.getName(), "serve", "--config", config.toString())).redirectError(log.toFile()).start();
        try {
            String url = apiUrl(serve);
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest alerts = HttpRequest.newBuilder(URI.create(url + "api/alerts"))
                    .header("Authorization", "Bearer " + ServeAlertsEndToEndTest.TOKEN).build();
            while (!http.send(alerts, HttpResponse.BodyHandlers.ofString()).body().contains("PROBE probe-9")) {
                Thread.sleep(100);
            }
            // Process.destroy is SIGTERM on Linux: the shutdown hook runs.
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGTERM");
        } finally {
            serve.destroyForcibly();
        }
        String stderr = Files.readString(log);
        assertFalse(stderr.contains("Exception") || stderr.contains(" ERROR "), stderr);
        assertTrue(stderr.contains("ingest server on") && stderr.contains("stopped"), stderr);
        try (Store store = Store.open("jdbc:h2:file:" + directory.resolve("store"), "sa", "")) {
            List<AlertRow> open = store.openAlerts();
            assertEquals(List.of("PROBE probe-9"), open.stream().map(AlertRow::emitter).toList());
            assertTrue(open.get(0).doc().contains("\"PROBE-SILENT\""), open.get(0).doc());
        }
    }

    private static String apiUrl(Process serve) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(MAP_LINE)) {
                return line.substring(MAP_LINE.length()).split(" ")[0];
            }
        }
        assertNotNull(line, "serve ended before printing its API URL");
        return null;
    }
}
