package org.roguewatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.agent.ProbeAgent;
import org.roguewatch.agent.ProbeConfig;
import org.roguewatch.certs.TestDeployment;

/**
 * The two daemons as configured from files: a probe replays the IMSI-catcher sample, ships its
 * observations over mutual TLS, and the analyzer's report flags the cell and lists the probe.
 */
class ProbeToServeEndToEndTest {
    private static final Path SAMPLE = Path.of("..", "config", "samples", "imsi-catcher-sample.pcap")
            .toAbsolutePath().normalize();
    private static final Path PLAN = Path.of("..", "config", "cell-plan.csv").toAbsolutePath().normalize();

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aReplayingProbesCellIsFlaggedInTheServersReport(@TempDir Path directory) throws Exception {
        Path serveConfig = serveConfig(directory, "tls.crl = certs/" + TestDeployment.CRL,
                "probes.expected = probe-1, probe-2", "detection.interval = 1h", "detection.plan = " + PLAN);
        try (AnalyzerServer server = AnalyzerServer.start(ServeConfig.load(serveConfig))) {
            Path probeConfig = probeConfig(directory, server, "position.mode = fixed", "position.lat = 51.2277",
                    "position.lon = 6.7735", "uplink.heartbeat = 200ms", "evidence.directory = evidence",
                    "source.sample.type = pcap", "source.sample.file = " + SAMPLE, "agent.exit_when_done = true");
            try (ProbeAgent agent = ProbeAgent.start(ProbeConfig.load(probeConfig))) {
                agent.awaitStop();
                assertTrue(agent.observationsShipped() > 0);
                awaitHeartbeat(server);
            }
            server.detection().run();
        }
        List<String> report = Files.readAllLines(directory.resolve("report.jsonl"));
        assertTrue(report.get(0).startsWith("{\"type\":\"report\""), report.get(0));
        assertTrue(report.get(0).contains("\"PROBE-SILENT\""));
        assertTrue(report.stream().anyMatch(l -> l.contains("\"type\":\"cell\"") && l.contains("\"verdict\":\"rogue\"")),
                "the sample cell is judged rogue");
        assertTrue(report.stream().anyMatch(l -> l.contains("\"signature\":\"GSM-EMPTY-NEIGHBOURS\"")));
        assertTrue(report.stream().anyMatch(l -> l.contains("\"type\":\"probe\"") && l.contains("\"probe\":\"probe-1\"")
                && l.contains("\"lat\":51.2277")), "probe line with its position");
        assertTrue(report.stream().anyMatch(l -> l.contains("\"signature\":\"PROBE-SILENT\"")
                && l.contains("\"probe\":\"probe-2\"")), "the expected probe that never came is silent");
        assertTrue(report.get(report.size() - 1).startsWith("{\"type\":\"summary\""));
        try (Stream<Path> evidence = Files.list(directory.resolve("evidence"))) {
            Path pcap = evidence.findFirst().orElseThrow();
            // 50 datagrams of the sample: global header plus at least one record per datagram.
            assertTrue(Files.size(pcap) > 24 + 50 * 58, "evidence pcap holds the frames: " + Files.size(pcap));
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLiveGsmtapUdpSourceFeedsTheAnalyzer(@TempDir Path directory) throws Exception {
        Path serveConfig = serveConfig(directory);
        int udpPort;
        try (java.net.DatagramSocket probe = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            udpPort = probe.getLocalPort();
        }
        try (AnalyzerServer server = AnalyzerServer.start(ServeConfig.load(serveConfig))) {
            Path probeConfig = probeConfig(directory, server, "snapshot.interval = 100ms", "evidence.directory = evidence",
                    "source.air.type = gsmtap-udp", "source.air.host = 127.0.0.1", "source.air.port = " + udpPort);
            try (ProbeAgent agent = ProbeAgent.start(ProbeConfig.load(probeConfig));
                 java.net.DatagramSocket sender = new java.net.DatagramSocket();
                 org.roguewatch.capture.PacketReader reader = org.roguewatch.capture.CaptureFiles.open(SAMPLE,
                         new org.roguewatch.probe.FrameCounters())) {
                org.roguewatch.capture.CapturedPacket packet;
                int sent = 0;
                while ((packet = reader.next()) != null) {
                    if (org.roguewatch.capture.Decapsulator.unwrap(packet)
                            instanceof org.roguewatch.capture.UdpDatagram udp) {
                        byte[] payload = new byte[udp.payload().remaining()];
                        udp.payload().duplicate().get(payload);
                        sender.send(new java.net.DatagramPacket(payload, payload.length,
                                java.net.InetAddress.getLoopbackAddress(), udpPort));
                        sent++;
                    }
                }
                assertEquals(50, sent);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (server.stats().observations() == 0 || agent.spoolStats().pendingRecords() > 0) {
                    assertTrue(System.nanoTime() < deadline, "nothing arrived from the UDP source");
                    Thread.sleep(20);
                }
                // The analyzer asks the probe for the frame behind the T3212 it holds as evidence.
                org.roguewatch.capture.FrameRef cited = lastT3212(server);
                byte[] pcap = server.evidence().request("probe-1", cited, java.time.Duration.ofSeconds(10)).get()
                        .orElseThrow();
                try (org.roguewatch.capture.PacketReader answer = org.roguewatch.capture.CaptureFiles.open(
                        Files.write(directory.resolve("evidence.pcap"), pcap), new org.roguewatch.probe.FrameCounters())) {
                    var udp = (org.roguewatch.capture.UdpDatagram) org.roguewatch.capture.Decapsulator.unwrap(
                            answer.next());
                    assertEquals(udpPort, udp.destinationPort());
                    assertTrue(udp.payload().remaining() > 16, "a GSMTAP frame");
                    assertEquals(null, answer.next());
                }
                assertTrue(server.evidence().request("probe-1", new org.roguewatch.capture.FrameRef(cited.source(),
                        1_000_000, null), java.time.Duration.ofSeconds(10)).get().isEmpty(), "unknown frame");
            }
            assertTrue(server.detection().run().assessments().stream()
                    .anyMatch(a -> a.findings().stream().anyMatch(f -> f.signature().equals("GSM-LOW-T3212"))),
                    "the live-heard cell is assessed");
        }
    }

    private static org.roguewatch.capture.FrameRef lastT3212(AnalyzerServer server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            for (var assessment : server.detection().run().assessments()) {
                for (var observation : assessment.cell().observations()) {
                    var history = observation.history(org.roguewatch.observe.GsmFields.T3212);
                    if (history != null) {
                        return history.latestSighting().first();
                    }
                }
            }
            assertTrue(System.nanoTime() < deadline, "no T3212 heard");
            Thread.sleep(50);
        }
    }

    /** Certificates for probe-1 and the analyzer, and a serve config with the given extra lines. */
    static Path serveConfig(Path directory, String... extra) throws Exception {
        new TestDeployment(List.of("localhost", "127.0.0.1"), List.of("probe-1"), java.util.Set.of(),
                java.time.Duration.ofDays(1)).writeTo(directory.resolve("certs"));
        List<String> lines = new java.util.ArrayList<>(List.of("listen.host = 127.0.0.1", "listen.port = 0",
                "tls.certificate = certs/" + TestDeployment.ANALYZER, "tls.key = certs/" + TestDeployment.ANALYZER_KEY,
                "tls.ca = certs/" + TestDeployment.CA, "marks.directory = marks", "detection.output = report.jsonl"));
        lines.addAll(List.of(extra));
        return Files.write(directory.resolve("serve.properties"), lines);
    }

    /** A probe-1 config pointing at the server, with the given extra lines (position, sources...). */
    static Path probeConfig(Path directory, AnalyzerServer server, String... extra) throws Exception {
        List<String> lines = new java.util.ArrayList<>(List.of("probe.id = probe-1", "analyzer.host = localhost",
                "analyzer.port = " + server.address().getPort(),
                "tls.certificate = certs/" + TestDeployment.probeCertificate("probe-1"),
                "tls.key = certs/" + TestDeployment.probeKey("probe-1"), "tls.ca = certs/" + TestDeployment.CA,
                "spool.directory = spool"));
        lines.addAll(List.of(extra));
        return Files.write(directory.resolve("probe.properties"), lines);
    }

    static void awaitHeartbeat(AnalyzerServer server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.registry().evaluate().stream().noneMatch(s -> s.probeId().equals("probe-1")
                && s.health() != null && s.health().position() != null)) {
            assertTrue(System.nanoTime() < deadline, "no heartbeat");
            Thread.sleep(20);
        }
        assertEquals(1, server.stats().sessions());
    }
}
