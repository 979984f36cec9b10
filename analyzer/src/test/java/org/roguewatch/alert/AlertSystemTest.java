package org.roguewatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.alert.sink.SinkProblem;
import org.roguewatch.registry.ConfigException;

class AlertSystemTest {
    @TempDir
    Path dir;

    private int closed;

    /** A loopback port nobody listens on: connecting is refused. */
    private int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        return closed;
    }

    @Test
    void misconfiguredSinksAreReportedAtStartWithFileLineAndKeyAndTheOthersKeepWorking() throws Exception {
        Path config = dir.resolve("alerts.properties");
        Files.writeString(config, String.join("\n",
                "# two broken sinks and a good one",
                "store.jdbc-url = jdbc:h2:file:" + dir.resolve("store"),
                "sink.jsonl.file = " + dir.resolve("alerts.jsonl"),
                "sink.cap.dir = " + dir.resolve("cap"),
                "sink.map.dir = " + dir,
                "sink.webhook.enabled = true",
                "sink.webhook.url = ftp://noc.example/hook",
                "sink.webhook.secret = x",
                "sink.syslog.enabled = true",
                "sink.syslog.targets = udp://no-such-host.invalid:514, tcp://127.0.0.1:" + closedPort(),
                ""));
        try (AlertSystem system = AlertSystem.start(AlertSettings.load(config), Clock.systemUTC())) {
            List<SinkProblem> problems = system.problems();
            assertEquals(3, problems.size(), problems.toString());
            SinkProblem unreachable = problems.get(1);
            assertEquals(config + ":10", unreachable.where());
            assertTrue(unreachable.message().contains("cannot connect to syslog collector"), unreachable.message());
            assertTrue(unreachable.toString().contains("will keep retrying"), "an unreachable collector stays");
            problems = List.of(problems.get(0), problems.get(2));
            assertEquals(config + ":10", problems.get(0).where());
            assertEquals(AlertSettings.SYSLOG_TARGETS, problems.get(0).field());
            assertTrue(problems.get(0).message().contains("no-such-host.invalid"));
            assertEquals(config + ":7", problems.get(1).where());
            assertEquals(AlertSettings.WEBHOOK_URL, problems.get(1).field());
            assertTrue(problems.get(1).toString().contains("sink 'webhook' disabled"), problems.get(1).toString());
            assertEquals(List.of("jsonl", "cap", "map", "syslog tcp://127.0.0.1:" + closed),
                    system.pipeline().sinks().stream().map(s -> s.name()).toList());

            system.pipeline().accept(List.of(AlertFixtures.blaster(AlertFixtures.T0, 1)), AlertFixtures.T0);
            assertEquals(1, Files.readAllLines(dir.resolve("alerts.jsonl")).size());
            assertEquals(1L, system.pipeline().sinkFailures().get("syslog tcp://127.0.0.1:" + closed),
                    "the unreachable collector failed this event; the others took it");
            assertTrue(Files.exists(dir.resolve("alerts.geojson")));
            try (var cap = Files.list(dir.resolve("cap"))) {
                assertEquals(1, cap.count());
            }
        }
    }

    @Test
    void aSinkThatFailsAtRunTimeDoesNotStopTheOthers() throws Exception {
        AlertSettings settings = AlertSettings.defaults().withFallbacks(Map.of(
                AlertSettings.STORE_URL, "jdbc:h2:file:" + dir.resolve("store"),
                AlertSettings.JSONL_FILE, dir.resolve("alerts.jsonl").toString(),
                AlertSettings.CAP_DIR, dir.resolve("cap").toString(),
                AlertSettings.MAP_DIR, dir.toString()));
        try (AlertSystem system = AlertSystem.start(settings, Clock.systemUTC())) {
            // The CAP directory disappears and a file takes its place: every CAP write now fails.
            Files.delete(dir.resolve("cap"));
            Files.writeString(dir.resolve("cap"), "not a directory");
            system.pipeline().accept(List.of(AlertFixtures.blaster(AlertFixtures.T0, 1),
                    AlertFixtures.catcher(AlertFixtures.T0)), AlertFixtures.T0);
            assertEquals(2L, system.pipeline().sinkFailures().get("cap"));
            assertEquals(2, Files.readAllLines(dir.resolve("alerts.jsonl")).size(), "jsonl still got both");
            assertEquals(2L, system.pipeline().sinkDeliveries().get("map"));
        }
    }

    @Test
    void theQuietTimeTimerResolvesAlertsOfEmittersThatStoppedByTheClock() throws Exception {
        AlertSettings settings = AlertSettings.defaults().withFallbacks(Map.of(
                AlertSettings.STORE_URL, "jdbc:h2:file:" + dir.resolve("store"),
                AlertSettings.JSONL_FILE, dir.resolve("alerts.jsonl").toString(),
                AlertSettings.CAP_ENABLED, "false", AlertSettings.MAP_ENABLED, "false"));
        Clock later = Clock.fixed(AlertFixtures.T0.plus(java.time.Duration.ofMinutes(31)), java.time.ZoneOffset.UTC);
        try (AlertSystem system = AlertSystem.start(settings, later)) {
            system.pipeline().accept(List.of(AlertFixtures.blaster(AlertFixtures.T0, 1)), AlertFixtures.T0);
            assertEquals(1, system.pipeline().openAlerts().size());
            system.resolveQuietEvery(java.time.Duration.ofMillis(20), later);
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!system.pipeline().openAlerts().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(List.of(), system.pipeline().openAlerts());
            List<String> lines = Files.readAllLines(dir.resolve("alerts.jsonl"));
            assertTrue(lines.get(1).contains("\"event\":\"resolved\""), lines.toString());
            assertEquals("resolved", system.store().alerts().get(0).status());
        }
    }

    @Test
    void aBadValueInTheSettingsNamesFileLineAndKey() throws Exception {
        Path config = dir.resolve("alerts.properties");
        Files.writeString(config, "alerts.quiet-minutes = 30\nsink.syslog.targets = pigeon://loft:1\n");
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                () -> AlertSettings.load(config));
        assertTrue(e.getMessage().startsWith(config + ":2: key 'sink.syslog.targets'"), e.getMessage());
    }
}
