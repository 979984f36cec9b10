package org.roguewatch.spectrum.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.spectrum.SpectrumFixtures.RecordingSink;
import org.roguewatch.spectrum.sweep.SweepRow;
import org.roguewatch.spectrum.sweep.SweepTool;

/**
 * The real tools on a machine without a radio (CI, this build host): the bridge must say "no device"
 * in the tool's own words, count it, and retry with a growing, capped wait. Skipped, with the
 * package to install, where the tool is absent.
 */
class RealToolNoDeviceTest {
    private static final BridgeSettings FAST = new BridgeSettings(Duration.ofMillis(200), Duration.ofMillis(800), 0);

    @Test
    void rtlPowerWithoutADongleIsReportedAsNoDeviceAndRetriedWithBackoff() throws Exception {
        assumeTrue(Executables.find("rtl_power").isPresent(),
                "skipped: rtl_power is not installed (Debian package rtl-sdr: apt-get install rtl-sdr)");
        List<BridgeStatus> failures = runUntilFourFailures(SweepCommand.of(SweepTool.RTL_POWER, "-f", "88M:108M:125k",
                "-i", "1"));
        for (BridgeStatus failure : failures) {
            assertEquals(BridgeState.NO_DEVICE, failure.state(), failure.oneLine());
            assertEquals("No supported devices found.", failure.detail());
            assertEquals(1, failure.exitCode());
        }
        assertEquals("rtl_power: no device (No supported devices found.), exit 1, run 1; retry in 0.2 s",
                failures.get(0).oneLine());
    }

    @Test
    void hackrfSweepWithoutAHackrfIsReportedAsNoDevice() throws Exception {
        assumeTrue(Executables.find("hackrf_sweep").isPresent(),
                "skipped: hackrf_sweep is not installed (Debian package hackrf: apt-get install hackrf)");
        List<BridgeStatus> failures = runUntilFourFailures(SweepCommand.of(SweepTool.HACKRF_SWEEP, "-f", "88:108"));
        for (BridgeStatus failure : failures) {
            assertEquals(BridgeState.NO_DEVICE, failure.state(), failure.oneLine());
            assertTrue(failure.detail().startsWith("hackrf_open() failed:") && failure.detail().endsWith("(-5)"),
                    failure.detail());
        }
    }

    /** Runs the bridge until four failed runs, checks the waits between them, returns the failures. */
    private static List<BridgeStatus> runUntilFourFailures(SweepCommand command) throws Exception {
        StatusLog log = new StatusLog();
        List<SweepRow> rows = new ArrayList<>();
        RecordingSink sink = new RecordingSink();
        SweepProcessBridge bridge = SweepProcessBridge.start(command, FAST, rows::add, log, sink);
        List<BridgeStatus> all;
        try {
            assertTrue(log.await(s -> s.stream().filter(x -> x.state().isFailure()).count() >= 4
                    && s.stream().filter(x -> x.state() == BridgeState.STARTED).count() >= 5, Duration.ofSeconds(30)),
                    () -> "statuses: " + log.all());
            assertTrue(bridge.counters().noDevice() >= 4, bridge.counters().toString());
        } finally {
            bridge.close();
        }
        all = log.all();
        assertEquals(BridgeState.STOPPED, all.get(all.size() - 1).state());
        assertEquals(List.of(), rows);
        assertEquals(List.of(), sink.reports(), "no device prints nothing on stdout");

        List<BridgeStatus> failures = all.stream().filter(s -> s.state().isFailure()).limit(4).toList();
        List<BridgeStatus> starts = all.stream().filter(s -> s.state() == BridgeState.STARTED).limit(5).toList();
        List<Duration> expected = List.of(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800),
                Duration.ofMillis(800));
        for (int i = 0; i < 4; i++) {
            BridgeStatus failure = failures.get(i);
            assertEquals(i + 1, failure.run());
            assertEquals(expected.get(i), failure.retryIn(), "doubling, capped at 800 ms: " + failure.oneLine());
            Duration waited = Duration.between(failure.at(), starts.get(i + 1).at());
            assertTrue(waited.compareTo(failure.retryIn().minusMillis(5)) >= 0,
                    "run " + (i + 2) + " started " + waited.toMillis() + " ms after the failure, before its backoff");
        }
        return failures;
    }
}
