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

    @Test
    void aLiveInterfaceSourceFoldsGsmtapCapturedOnLoopback() throws Exception {
        int port;
        try (java.net.DatagramSocket free = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        RunningSource source = new RunningSource(new SourceSpec.Live("wire", "lo", "udp dst port " + port, port),
                "probe-l", null, () -> { });
        try {
            source.start();
        } catch (java.io.IOException e) {
            // No libpcap, or no capture permission (not root, no CAP_NET_RAW): nothing to test here.
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "skipped: live capture unavailable: " + e.getMessage());
        }
        try (source; java.net.DatagramSocket sender = new java.net.DatagramSocket();
             org.roguewatch.capture.PacketReader sample = org.roguewatch.capture.CaptureFiles.open(
                     Path.of("..", "config", "samples", "imsi-catcher-sample.pcap"),
                     new org.roguewatch.probe.FrameCounters())) {
            List<byte[]> datagrams = new java.util.ArrayList<>();
            org.roguewatch.capture.CapturedPacket packet;
            while ((packet = sample.next()) != null) {
                if (org.roguewatch.capture.Decapsulator.unwrap(packet) instanceof org.roguewatch.capture.UdpDatagram udp) {
                    byte[] payload = new byte[udp.payload().remaining()];
                    udp.payload().duplicate().get(payload);
                    datagrams.add(payload);
                }
            }
            // The kernel may attach the filter a moment after the capture starts: send until heard.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (source.observations().stream().noneMatch(c -> c.channel() == 725)) {
                assertTrue(System.nanoTime() < deadline, "nothing folded from the live capture");
                for (byte[] payload : datagrams) {
                    sender.send(new java.net.DatagramPacket(payload, payload.length,
                            java.net.InetAddress.getLoopbackAddress(), port));
                }
                Thread.sleep(200);
            }
            assertTrue(source.up());
        }
    }
}
