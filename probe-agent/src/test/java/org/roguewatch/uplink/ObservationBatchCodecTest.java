package org.roguewatch.uplink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.probe.SharedCaptureIngest;
import org.roguewatch.sim.SimulatedAir;
import org.roguewatch.sim.SimulationListener;
import org.roguewatch.sim.scenario.ScenarioLoader;
import org.roguewatch.testing.SharedCaptures;

class ObservationBatchCodecTest {
    private final ObservationBatchCodec codec = new ObservationBatchCodec();

    @Test
    void everyObservationOfTheSharedCapturesSurvivesTheRoundTrip() throws IOException {
        List<CellObservation> observations = new ArrayList<>();
        for (String capture : List.of(SharedCaptures.GSM_VODAFONE_ARFCN725, SharedCaptures.LTE_SNIFFER_GSMTAP,
                SharedCaptures.LTE_SNIFFER_MAC)) {
            observations.addAll(SharedCaptureIngest.of(SharedCaptures.require(capture)).observations());
        }
        assertRoundTrips(observations);
    }

    @Test
    void dedicatedTransactionsWithSmsAndCipheringSurviveTheRoundTrip() throws IOException {
        List<CellObservation> observations = SharedCaptureIngest.of(Path.of("..", "config", "samples",
                "imsi-catcher-sample.pcap")).observations();
        assertTrue(observations.stream().anyMatch(o -> !o.transactions().isEmpty()), "sample has transactions");
        assertRoundTrips(observations);
    }

    @Test
    void everyObservationOfASimulatedCitySurvivesTheRoundTrip(@TempDir Path out) throws Exception {
        Path city = Path.of("..", "config", "scenarios", "city.scenario");
        List<String> lines = Files.readAllLines(city).stream()
                .map(line -> line.startsWith("duration") ? "duration = 7m" : line).toList();
        SimulatedAir.run(ScenarioLoader.parse(city.toString(), lines, city.getParent()), out, SimulationListener.NONE);
        List<CellObservation> observations = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path pcap : files.filter(f -> f.toString().endsWith(".pcap")).sorted().toList()) {
                observations.addAll(SharedCaptureIngest.of(pcap).observations());
            }
        }
        assertTrue(observations.size() > 10, "simulated probes heard cells: " + observations.size());
        assertTrue(observations.stream().anyMatch(o -> !o.transactions().isEmpty()), "blaster transactions heard");
        assertRoundTrips(observations);
    }

    @Test
    void truncatedPayloadIsAFormatErrorAtEveryCut() throws IOException {
        List<CellObservation> observations = SharedCaptureIngest.of(Path.of("..", "config", "samples",
                "imsi-catcher-sample.pcap")).observations();
        byte[] payload = codec.encode(observations);
        for (int cut = 0; cut < payload.length; cut += Math.max(1, payload.length / 200)) {
            byte[] truncated = Arrays.copyOf(payload, cut);
            WireFormatException e = assertThrows(WireFormatException.class, () -> codec.decode(truncated));
            assertFalse(e.reason().isEmpty());
        }
    }

    @Test
    void classesOutsideTheProjectAreNeverInstantiatedFromTheWire() {
        PayloadWriter out = new PayloadWriter();
        out.u8(6);
        out.string("java.lang.ProcessBuilder");
        WireFormatException e = assertThrows(WireFormatException.class,
                () -> RecordGraphCodec.read(new PayloadReader(out.toByteArray())));
        assertEquals("class-not-allowed", e.reason());
    }

    private void assertRoundTrips(List<CellObservation> observations) {
        assertFalse(observations.isEmpty());
        List<CellObservation> decoded = codec.decode(codec.encode(observations));
        assertEquals(observations.size(), decoded.size());
        for (int i = 0; i < observations.size(); i++) {
            assertNull(DeepEquality.difference(observations.get(i), decoded.get(i)));
        }
        assertEquals(0, codec.unknownFields());
    }
}
