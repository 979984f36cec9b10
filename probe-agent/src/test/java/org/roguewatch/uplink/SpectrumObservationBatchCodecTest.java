package org.roguewatch.uplink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.probe.FrameCounters;
import org.roguewatch.sim.SimulatedAir;
import org.roguewatch.sim.SimulationListener;
import org.roguewatch.sim.scenario.ScenarioLoader;
import org.roguewatch.spectrumobs.SpectrumObservation;
import org.roguewatch.spectrumobs.SpectrumObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class SpectrumObservationBatchCodecTest {
    private static final Logger LOG = LoggerFactory.getLogger(SpectrumObservationBatchCodecTest.class);
    @TempDir
    static Path air;

    private static List<SpectrumObservation> observations;
    private final SpectrumObservationBatchCodec codec = new SpectrumObservationBatchCodec();

    /** The fm-city scenario's sweeps, as each of its probes folds them. */
    @BeforeAll
    static void simulateFmCity() throws Exception {
        Path scenario = Path.of("..", "config", "scenarios", "fm-city.scenario");
        SimulatedAir.run(ScenarioLoader.load(scenario), air, SimulationListener.NONE);
        observations = new ArrayList<>();
        try (Stream<Path> files = Files.list(air)) {
            for (Path sweep : files.filter(f -> f.toString().endsWith("-sweep.csv")).sorted().toList()) {
                String probe = sweep.getFileName().toString().replace("-sweep.csv", "");
                observations.addAll(new SpectrumObserver(probe, new FrameCounters()).sweeps(sweep).observations());
            }
        }
    }

    @Test
    void everyCarrierOfTheSimulatedFmCitySurvivesTheRoundTrip() {
        assertTrue(observations.size() >= 5 * 20, "five probes heard the stations: " + observations.size());
        assertTrue(observations.stream().anyMatch(o -> o.aero() != null), "the aeronautical spur travels too");
        byte[] payload = codec.encode(observations);
        assertEquals(observations, codec.decode(payload));
        assertEquals(List.of(), codec.decode(codec.encode(List.of())));
        LOG.info("{} carriers of fm-city in {} bytes ({} per carrier)", observations.size(), payload.length,
                payload.length / observations.size());
        // A source's whole carrier set travels in one frame: thousands of carriers must fit.
        assertTrue(payload.length / observations.size() < 2_000, payload.length + " bytes");
    }

    @Test
    void registeredForSpectrumBatches() {
        assertTrue(PayloadCodecs.standard().codec(RecordType.SPECTRUM_OBSERVATION_BATCH).orElseThrow()
                instanceof SpectrumObservationBatchCodec);
    }

    @Test
    void truncatedPayloadIsAFormatErrorAtEveryCut() {
        byte[] payload = codec.encode(observations.subList(0, 10));
        for (int cut = 0; cut < payload.length; cut += Math.max(1, payload.length / 200)) {
            byte[] truncated = Arrays.copyOf(payload, cut);
            WireFormatException e = assertThrows(WireFormatException.class, () -> codec.decode(truncated));
            assertFalse(e.reason().isEmpty());
        }
    }

    @Test
    void aForeignRecordIsNotReadAsACarrier() {
        PayloadWriter out = new PayloadWriter();
        out.varint(1);
        RecordGraphCodec.write(out, new ProbeHealth.SourceState("x", true));
        WireFormatException e = assertThrows(WireFormatException.class, () -> codec.decode(out.toByteArray()));
        assertEquals("not-a-spectrum-observation", e.reason());
    }
}
