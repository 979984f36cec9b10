package org.roguewatch.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.probe.FrameCounters;
import org.roguewatch.sim.SimulatedAir;
import org.roguewatch.sim.SimulationListener;
import org.roguewatch.sim.scenario.ScenarioLoader;
import org.roguewatch.spectrum.sigmf.FmTestRecording;
import org.roguewatch.spectrumobs.SpectrumObservation;
import org.roguewatch.spectrumobs.SpectrumObserver;
import org.roguewatch.spool.Spool;
import org.roguewatch.spool.SpoolSettings;

class SpectrumSourceTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aSigmfRecordingReplayedAsASourceGivesItsCarrierAndEnds() throws Exception {
        double truth = 98_765_000;
        Path meta = FmTestRecording.oneStation(truth, -20, -35, 0.3, 7).write(dir, "fm");
        CountDownLatch finished = new CountDownLatch(1);
        try (SpectrumSource source = new SpectrumSource(new SourceSpec.SweepFile("rec", meta), "north",
                finished::countDown)) {
            source.start();
            assertTrue(finished.await(20, TimeUnit.SECONDS));
            List<SpectrumObservation> carriers = source.observations();
            assertEquals(1, carriers.size(), carriers::toString);
            assertTrue(Math.abs(carriers.get(0).frequencyHz() - truth) <= 10_000, carriers::toString);
            assertTrue(carriers.get(0).first().isSampleRange(), "evidence is a sample range");
            assertEquals("ended", source.state());
            assertFalse(source.up());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void badSweepLinesAreCountedAndTheRestFoldsAsAnalyzeFoldsTheFile() throws Exception {
        Path scenario = Path.of("..", "config", "scenarios", "fm-city.scenario");
        List<String> lines = Files.readAllLines(scenario).stream()
                .map(line -> line.startsWith("duration") ? "duration = 20m" : line).toList();
        SimulatedAir.run(ScenarioLoader.parse(scenario.toString(), lines, scenario.getParent()), dir,
                SimulationListener.NONE);
        List<String> csv = new ArrayList<>(Files.readAllLines(dir.resolve("north-sweep.csv")));
        csv.add(3, "2026-11-24, 18:00:00, not a number, 1, 2, 3, -40");
        Path damaged = Files.write(dir.resolve("damaged.csv"), csv);
        Files.write(dir.resolve("clean.csv"), Files.readAllLines(dir.resolve("north-sweep.csv")));
        CountDownLatch finished = new CountDownLatch(1);
        try (SpectrumSource source = new SpectrumSource(new SourceSpec.SweepFile("log", damaged), "north",
                finished::countDown)) {
            source.start();
            assertTrue(finished.await(30, TimeUnit.SECONDS));
            assertEquals(1L, source.malformed().values().stream().mapToLong(Long::longValue).sum(),
                    source.malformed()::toString);
            List<SpectrumObservation> offline = new SpectrumObserver("north", new FrameCounters())
                    .sweeps(dir.resolve("clean.csv")).observations();
            assertEquals(frequencies(offline), frequencies(source.observations()));
            assertTrue(source.observations().stream().allMatch(o -> o.source().equals("log")));
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void carriersAreSpooledOnlyWhenNewSpectraWereFolded() throws Exception {
        Path meta = FmTestRecording.oneStation(99_200_000, -20, -35, 0.2, 3).write(dir, "fm");
        CountDownLatch finished = new CountDownLatch(1);
        try (Spool spool = Spool.open(dir.resolve("spool"), SpoolSettings.DEFAULTS);
             SpectrumSource source = new SpectrumSource(new SourceSpec.SweepFile("rec", meta), "north",
                     finished::countDown)) {
            SpectrumShipper shipper = new SpectrumShipper(spool);
            assertEquals(0, shipper.ship(source), "nothing folded yet");
            source.start();
            assertTrue(finished.await(20, TimeUnit.SECONDS));
            assertEquals(1, shipper.ship(source));
            assertEquals(0, shipper.ship(source), "unchanged since the last snapshot");
            assertEquals(1, spool.stats().pendingRecords());
        }
    }

    private static List<Long> frequencies(List<SpectrumObservation> observations) {
        return observations.stream().map(SpectrumObservation::frequencyHz).sorted().toList();
    }
}
