package org.roguewatch.spectrum.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.spectrum.SpectrumFixtures;
import org.roguewatch.spectrum.SpectrumFixtures.RecordingSink;
import org.roguewatch.spectrum.sweep.Sweep;
import org.roguewatch.spectrum.sweep.SweepAssembler;
import org.roguewatch.spectrum.sweep.SweepRow;
import org.roguewatch.spectrum.sweep.SweepTool;

/** Recorded tool output replayed through real child processes ({@code sh}), read as it arrives. */
class LiveStreamTest {
    private static final BridgeSettings SLOW_RESTART = new BridgeSettings(Duration.ofSeconds(30), Duration.ofMinutes(1), 0);

    @TempDir
    Path dir;

    private static void requireShell() {
        assumeTrue(Executables.find("sh").isPresent(), "skipped: no sh on PATH");
    }

    /** Rows with the time they reached the consumer. */
    private record Arrival(SweepRow row, Instant at) {
    }

    @Test
    void rowsAreDeliveredWhileTheToolIsStillRunningAndCloseEndsIt() throws Exception {
        requireShell();
        Path csv = SpectrumFixtures.path(SpectrumFixtures.RTL_POWER);
        // two sweeps, a pause, two more; then the "tool" keeps running until closed
        SweepCommand command = SweepCommand.custom(SweepTool.RTL_POWER, "sh", "-c",
                "head -n 36 \"$0\"; sleep 1; tail -n +37 \"$0\"; exec sleep 60", csv.toString());
        List<Arrival> arrivals = Collections.synchronizedList(new ArrayList<>());
        List<Sweep> sweeps = Collections.synchronizedList(new ArrayList<>());
        RecordingSink sink = new RecordingSink();
        SweepAssembler assembler = new SweepAssembler(sweeps::add, sink);
        StatusLog log = new StatusLog();
        SweepProcessBridge bridge = SweepProcessBridge.start(command, SLOW_RESTART, row -> {
            arrivals.add(new Arrival(row, Instant.now()));
            assembler.accept(row);
        }, log, sink);
        Instant closing;
        try {
            assertTrue(log.await(s -> arrivals.size() == 72, Duration.ofSeconds(20)), "rows: " + arrivals.size());
            assertEquals(4, sweeps.size(), "the last sweep is complete without waiting for a fifth");
            Duration pause = Duration.between(arrivals.get(35).at(), arrivals.get(36).at());
            assertTrue(pause.toMillis() >= 800, "rows 1-36 arrived before the tool printed the rest: " + pause);
            assertEquals(BridgeState.STARTED, bridge.lastStatus().state());
            closing = Instant.now();
        } finally {
            bridge.close();
        }
        assertTrue(Duration.between(closing, Instant.now()).toMillis() < 5000, "close() ended the running tool");
        long pid = Long.parseLong(log.in(BridgeState.STARTED).get(0).detail().replace("pid ", ""));
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        assertFalse(process.isPresent() && process.get().isAlive(), "the child is gone");
        assertEquals(BridgeState.STOPPED, bridge.lastStatus().state());
        assertEquals(72, bridge.counters().rows());
        assertEquals(1, bridge.counters().runs());
        assertEquals(0, bridge.counters().exited(), "closing is not a failure");
        assertEquals(List.of(), sink.reports());
        assertEquals("sh[run 1]", arrivals.get(0).row().ref().source());
        assertEquals(37, arrivals.get(36).row().ref().frame());
    }

    @Test
    void aToolThatExitsIsRestartedAndBadLinesAreCountedNotFatal() throws Exception {
        requireShell();
        List<String> lines = SpectrumFixtures.lines(SpectrumFixtures.HACKRF_SWEEP).subList(0, 4);
        Path csv = dir.resolve("replay.csv");
        Files.write(csv, List.of(lines.get(0), "2024-05-01, 21:30:00.1, not, a, row", lines.get(1), lines.get(2),
                lines.get(3).substring(0, lines.get(3).lastIndexOf(", ", 300))));
        SweepCommand command = SweepCommand.custom(SweepTool.HACKRF_SWEEP, "sh", "-c", "cat \"$0\"", csv.toString());
        List<SweepRow> rows = Collections.synchronizedList(new ArrayList<>());
        RecordingSink sink = new RecordingSink();
        StatusLog log = new StatusLog();
        BridgeSettings quick = new BridgeSettings(Duration.ofMillis(50), Duration.ofMillis(100), 0.5);
        try (SweepProcessBridge bridge = SweepProcessBridge.start(command, quick, rows::add, log, sink)) {
            assertTrue(log.await(s -> s.stream().filter(x -> x.state() == BridgeState.EXITED).count() >= 3,
                    Duration.ofSeconds(20)), () -> "statuses: " + log.all());
            BridgeStatus exit = log.in(BridgeState.EXITED).get(0);
            assertEquals(0, exit.exitCode());
            assertTrue(exit.retryIn().toMillis() >= 25 && exit.retryIn().toMillis() <= 50,
                    "a run that delivered rows waits the initial backoff, jittered down by at most half: " + exit);
            assertTrue(bridge.counters().runs() >= 3);
            assertEquals(bridge.counters().malformedLines(), sink.reports().size());
        }
        assertEquals(0, rows.size() % 3, "each run delivers the three good rows");
        List<String> reasons = sink.reports().stream().map(SpectrumFixtures.Report::reason).distinct().sorted().toList();
        assertEquals(List.of("sweep.bins-vs-step", "sweep.hz"), reasons);
        assertEquals(2, sink.reports().get(0).where().frame());
    }

    @Test
    void aMissingProgramIsReportedAsNotStartedAndRetried() throws Exception {
        SweepCommand command = SweepCommand.custom(SweepTool.RTL_POWER, "/nonexistent/rtl_power", "-f", "88M:108M:10k");
        StatusLog log = new StatusLog();
        BridgeSettings quick = new BridgeSettings(Duration.ofMillis(20), Duration.ofMillis(40), 0);
        try (SweepProcessBridge bridge = SweepProcessBridge.start(command, quick, row -> { }, log,
                new RecordingSink())) {
            assertTrue(log.await(s -> s.size() >= 3, Duration.ofSeconds(10)), () -> "statuses: " + log.all());
            BridgeStatus first = log.all().get(0);
            assertEquals(BridgeState.NOT_STARTED, first.state());
            assertTrue(first.oneLine().startsWith("rtl_power: could not start (Cannot run program"), first.oneLine());
            assertTrue(bridge.counters().notStarted() >= 3);
            assertEquals(0, bridge.counters().runs());
        }
    }
}
