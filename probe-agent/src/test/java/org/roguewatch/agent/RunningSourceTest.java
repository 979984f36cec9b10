package org.roguewatch.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.Radio;

class RunningSourceTest {
    @Test
    void theSimulatedAirOfAScenarioProbeIsHeardAndItsScratchDeleted(@TempDir Path directory) throws Exception {
        Path city = Path.of("..", "config", "scenarios", "city.scenario");
        Path scenario = directory.resolve("city-7m.scenario");
        Files.write(scenario, Files.readAllLines(city).stream()
                .map(line -> line.startsWith("duration") ? "duration = 7m" : line).toList());
        CountDownLatch done = new CountDownLatch(1);
        RunningSource source = new RunningSource(new SourceSpec.Simulated("air", scenario, "north", false), "probe-n",
                null, done::countDown);
        source.start();
        assertTrue(done.await(60, TimeUnit.SECONDS), "the rendered air was replayed");
        List<CellObservation> cells = source.observations();
        assertTrue(cells.stream().anyMatch(c -> c.radio() == Radio.GSM && c.channel() == 60),
                "the blaster on ARFCN 60 is heard: " + cells);
        assertTrue(cells.stream().allMatch(c -> c.probeId().equals("probe-n")));
        assertTrue(source.frames() > 0);
        source.close();
        assertTrue(source.finished());
        try (var scratch = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertFalse(scratch.anyMatch(p -> p.getFileName().toString().startsWith("roguewatch-sim-air")
                    && Files.exists(p.resolve("north.pcap"))), "rendered air deleted after the replay");
        }
    }
}
