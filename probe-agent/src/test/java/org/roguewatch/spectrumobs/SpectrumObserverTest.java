package org.roguewatch.spectrumobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.spectrum.SpectrumFixtures;
import org.roguewatch.spectrum.SpectrumFixtures.RecordingSink;
import org.roguewatch.spectrum.sigmf.FmTestRecording;

class SpectrumObserverTest {
    @TempDir
    Path dir;

    /** An sdr-adapters fixture, copied out of its test jar. */
    private Path fixture(String resource, String name) throws IOException {
        Path file = dir.resolve(name);
        try (var in = SpectrumFixtures.class.getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    private Path rtlPowerFixture() throws IOException {
        return fixture(SpectrumFixtures.RTL_POWER, "rtl_power.csv");
    }

    @Test
    void hackrfSweepLogIsToldApartByContentAndGivesItsStations() throws IOException {
        RecordingSink sink = new RecordingSink();
        SpectrumReading reading = new SpectrumObserver("east", sink)
                .sweeps(fixture(SpectrumFixtures.HACKRF_SWEEP, "sweep.log"));
        assertEquals("hackrf_sweep", reading.format());
        assertEquals(SpectrumFixtures.HACKRF_STATIONS.size(), reading.observations().size(),
                reading.observations()::toString);
        for (long station : SpectrumFixtures.HACKRF_STATIONS) {
            assertEquals(1.0, near(reading.observations(), station).occupancy());
        }
        assertEquals(List.of(), sink.reports());
    }

    private static SpectrumObservation near(List<SpectrumObservation> observations, long hz) {
        return observations.stream().filter(o -> Math.abs(o.frequencyHz() - hz) < 15_000).findFirst()
                .orElseThrow(() -> new AssertionError("no carrier near " + hz + " in " + observations));
    }

    @Test
    void sweepLogGivesOneObservationPerStationWithOccupancyAndTheLineToCheck() throws IOException {
        RecordingSink sink = new RecordingSink();
        SpectrumReading reading = new SpectrumObserver("north", sink)
                .sweeps(rtlPowerFixture());
        assertEquals("rtl_power", reading.format());
        assertEquals(4, reading.spectra());
        for (long station : SpectrumFixtures.RTL_POWER_STATIONS) {
            SpectrumObservation seen = near(reading.observations(), station);
            assertEquals("north", seen.probeId());
            assertEquals(1.0, seen.occupancy(), seen.toString());
            assertTrue(seen.bandwidthHz() > 100_000 && seen.bandwidthHz() < 300_000, seen.toString());
            assertTrue(seen.strongest().line() >= 1, seen.toString());
        }
        List<String> lines = Files.readAllLines(dir.resolve("rtl_power.csv"));
        for (SpectrumObservation seen : reading.observations()) {
            String row = lines.get((int) seen.strongest().line() - 1);
            String[] fields = row.split(",\\s*");
            assertTrue(Long.parseLong(fields[2]) <= seen.frequencyHz() && seen.frequencyHz() <= Long.parseLong(fields[3]),
                    "line " + seen.strongest().line() + " is the hop that covers " + seen.frequencyHz() + ": " + fields[2]
                            + ".." + fields[3]);
        }
        SpectrumObservation intermittent = near(reading.observations(), SpectrumFixtures.RTL_POWER_INTERMITTENT);
        assertEquals(2, intermittent.present());
        assertEquals(4, intermittent.covered());
        assertTrue(intermittent.first().line() > 1, "first seen in the third sweep, not on line 1");
        assertNotNull(intermittent.aero(), "the fixture reaches 137 MHz");
        assertEquals(SpectrumFixtures.RTL_POWER_SPUR, intermittent.aero().peakHz(), 45_000);
        assertEquals(List.of(), sink.reports());
    }

    @Test
    void badLinesAreCountedWithTheirLineAndTheRestIsRead() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(rtlPowerFixture()));
        lines.add(3, "2024-05-01, 21:30:00, 87000000, 89");
        lines.add(5, "2024-05-01, 21:30:00, 9x, 90000000, 10000, 10, a, b");
        Path file = dir.resolve("damaged.csv");
        Files.write(file, lines);
        RecordingSink sink = new RecordingSink();
        SpectrumReading reading = new SpectrumObserver("north", sink).sweeps(file);
        assertEquals(2, sink.reports().size(), sink.reports()::toString);
        assertEquals(4, sink.reports().get(0).where().frame());
        assertEquals(6, sink.reports().get(1).where().frame());
        for (long station : SpectrumFixtures.RTL_POWER_STATIONS) {
            near(reading.observations(), station);
        }
    }

    @Test
    void sigmfRecordingCarrierIsWithinTenKilohertzAndPointsAtItsSamples() throws IOException {
        double truth = 98_765_000;
        Path meta = FmTestRecording.oneStation(truth, -20, -35, 0.3, 7).write(dir, "fm");
        RecordingSink sink = new RecordingSink();
        SpectrumReading reading = new SpectrumObserver("north", sink).sigmf(meta).orElseThrow();
        assertEquals("sigmf cu8", reading.format());
        assertEquals(1, reading.observations().size(), reading.observations()::toString);
        SpectrumObservation carrier = reading.observations().get(0);
        assertTrue(Math.abs(carrier.frequencyHz() - truth) <= 10_000, carrier.toString());
        assertTrue(carrier.first().isSampleRange());
        assertEquals(0, carrier.first().sampleStart());
        assertEquals(reading.spectra(), carrier.present());
        assertEquals(List.of(), sink.reports());
    }

    @Test
    void unusableRecordingIsReportedNotThrown() throws IOException {
        Path meta = dir.resolve("bad.sigmf-meta");
        Files.writeString(meta, "{\"global\":{\"core:datatype\":\"cu3\",\"core:version\":\"1.0.0\"},\"captures\":[]}");
        Files.write(dir.resolve("bad.sigmf-data"), new byte[16]);
        RecordingSink sink = new RecordingSink();
        assertTrue(new SpectrumObserver("north", sink).sigmf(meta).isEmpty());
        assertEquals(1, sink.reports().size());
        assertTrue(sink.reports().get(0).detail().contains("cu3"), sink.reports().get(0).detail());
    }
}
