package org.roguewatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.agent.ConfigException;

class ServeConfigTest {
    @Test
    void theShippedSampleConfigLoads() throws Exception {
        ServeConfig config = ServeConfig.load(Path.of("..", "config", "analyzer-serve.properties"));
        assertEquals(4730, config.ingest().port());
        assertEquals(Duration.ofMinutes(5), config.silentAfter());
        assertEquals(List.of("probe-1"), config.expectedProbes());
        assertEquals(Path.of("..", "config", "fm-licences.csv").toAbsolutePath().normalize(),
                config.licences().toAbsolutePath().normalize());
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
