package org.roguewatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.agent.ConfigException;
import org.roguewatch.alert.AlertSettings;

class ServeConfigTest {
    @Test
    void theShippedSampleConfigLoads() throws Exception {
        ServeConfig config = ServeConfig.load(Path.of("..", "config", "analyzer-serve.properties"));
        assertEquals(4730, config.ingest().port());
        assertEquals(Duration.ofMinutes(5), config.silentAfter());
        assertEquals(List.of("probe-1"), config.expectedProbes());
        assertEquals(Path.of("..", "config", "fm-licences.csv").toAbsolutePath().normalize(),
                config.licences().toAbsolutePath().normalize());
        assertEquals(Path.of("..", "config", "serve-alerts.properties").toAbsolutePath().normalize(),
                config.alerts());
        assertTrue(config.apiEnabled());
        assertEquals(Path.of("..", "target", "serve").toAbsolutePath().normalize(), config.dataDirectory());
        // The serve sample's alerts file is valid for the alert settings too.
        AlertSettings.load(config.alerts());
    }

    @Test
    void alertsAreOffWithoutAnAlertsFileAndDataDefaultsToTheReportsDirectory(@TempDir Path directory)
            throws Exception {
        Path file = Files.write(directory.resolve("serve.properties"), List.of("tls.certificate = a.pem",
                "tls.key = a-key.pem", "tls.ca = ca.pem", "marks.directory = marks", "detection.output = out/r.jsonl"));
        ServeConfig config = ServeConfig.load(file);
        assertNull(config.alerts());
        assertFalse(config.apiEnabled());
        assertEquals(directory.resolve("out").toAbsolutePath(), config.dataDirectory());
    }

    @Test
    void theApiNeedsAnAlertsFileAndABooleanSwitch(@TempDir Path directory) throws Exception {
        Path file = Files.write(directory.resolve("serve.properties"), List.of("tls.certificate = a.pem",
                "tls.key = a-key.pem", "tls.ca = ca.pem", "marks.directory = marks", "detection.output = r.jsonl",
                "api.enabled = yes"));
        ConfigException bad = assertThrows(ConfigException.class, () -> ServeConfig.load(file));
        assertEquals(List.of(file + ":6: field 'api.enabled': 'yes' is not one of true, false"), bad.problems());
        Files.writeString(file, Files.readString(file).replace("yes", "true"));
        ConfigException alone = assertThrows(ConfigException.class, () -> ServeConfig.load(file));
        assertEquals(List.of(file + ":6: field 'api.enabled': the API serves the alert store: set alerts.config too"),
                alone.problems());
    }

    @Test
    void errorsNameFileLineAndField(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("serve.properties");
        Files.write(file, List.of(
                "listen.port = 70000",
                "tls.certificate = a.pem",
                "tls.key = a-key.pem",
                "tls.ca = ca.pem",
                "marks.directory = marks",
                "detection.output = report.jsonl",
                "probes.stale_after = 10m",
                "probes.silent_after = 1m",
                "detection.intervall = 5s"));
        ConfigException e = assertThrows(ConfigException.class, () -> ServeConfig.load(file));
        assertEquals(List.of(
                file + ":1: field 'listen.port': 70000 is outside 0..65535",
                file + ":8: field 'probes.silent_after': PT1M is shorter than probes.stale_after PT10M",
                file + ":9: field 'detection.intervall': unknown key"), e.problems());
    }
}
