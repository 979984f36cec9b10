package org.roguewatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A probe process killed with SIGKILL while spooling (the analyzer stopped meanwhile, so records
 * are waiting for their acks), then started again on the same spool, resends what the analyzer had
 * not acknowledged. The documented bound: nothing whose
 * append had returned is lost (the record being written at the kill may be torn and is truncated
 * on recovery), and nothing arrives twice.
 */
class ProbeKilledMidStreamTest {
    private static final String PROBE = "probe-a";

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aKilledProbeResendsWhatWasNotAcknowledgedAndLosesNothingItSpooled(@TempDir Path directory) throws Exception {
        try (TestFleet fleet = new TestFleet(directory)) {
            fleet.startServer();
            Path spool = directory.resolve("child-spool");
            Process producer = child(fleet, spool, "produce", 100_000);
            long lastSpooled = 0;
            long analyzerStoppedAt = -1;
            try (BufferedReader lines = reader(producer)) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("spooled ")) {
                        lastSpooled = Long.parseLong(line.substring(8));
                    }
                    // Stop the analyzer once part of the stream arrived, so that the kill is sure to
                    // find records spooled and not acknowledged (a fast link would otherwise keep up).
                    if (analyzerStoppedAt < 0 && fleet.sink.maxSequenceOf(PROBE) >= 100) {
                        fleet.stopServer();
                        analyzerStoppedAt = lastSpooled;
                    }
                    if (analyzerStoppedAt >= 0 && lastSpooled >= analyzerStoppedAt + 200) {
                        break;
                    }
                }
                // kill -9: no shutdown hooks, no flushing, mid-append and mid-send. (Process.destroyForcibly
                // would also close our end of its stdout, losing the lines it printed last.)
                assertEquals(0, new ProcessBuilder("kill", "-9", String.valueOf(producer.pid())).start().waitFor());
                assertTrue(producer.waitFor(10, TimeUnit.SECONDS));
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("spooled ")) {
                        lastSpooled = Long.parseLong(line.substring(8));
                    }
                }
            }
            assertEquals(137, producer.exitValue(), "killed by SIGKILL");
            long beforeRestart = fleet.sink.maxSequenceOf(PROBE);
            assertTrue(beforeRestart < lastSpooled, "killed with records not yet acknowledged: analyzer had "
                    + beforeRestart + " of " + lastSpooled);

            fleet.startServer();
            Process drain = child(fleet, spool, "drain", 0);
            String output;
            try (BufferedReader lines = reader(drain)) {
                output = String.join("\n", lines.lines().toList());
            }
            assertTrue(drain.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, drain.exitValue(), output);

            long delivered = fleet.sink.maxSequenceOf(PROBE);
            assertTrue(delivered >= lastSpooled, "every record whose append returned arrived: " + delivered + " < "
                    + lastSpooled);
            assertTrue(delivered <= lastSpooled + 1, "at most the record in flight at the kill was added");
            assertEquals(delivered * SpoolingProbeMain.PER_BATCH, fleet.sink.distinctOf(PROBE),
                    "every batch 1.." + delivered + " arrived");
            assertEquals(0, fleet.sink.twice());
            assertFalse(output.isEmpty());
        }
    }

    private static Process child(TestFleet fleet, Path spool, String mode, int batches) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=" + Path.of("..", "config", "logback.xml").toAbsolutePath(),
                SpoolingProbeMain.class.getName(), fleet.certificates.toString(), spool.toString(),
                String.valueOf(fleet.port()), PROBE, mode, String.valueOf(batches)));
        builder.redirectError(fleet.directory.resolve("child-" + mode + ".log").toFile());
        return builder.start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }
}
