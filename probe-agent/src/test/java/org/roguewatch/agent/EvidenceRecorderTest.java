package org.roguewatch.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.capture.CaptureFiles;
import org.roguewatch.capture.CapturedPacket;
import org.roguewatch.capture.Decapsulator;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.capture.PacketReader;
import org.roguewatch.capture.UdpDatagram;

class EvidenceRecorderTest {
    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

    @TempDir
    Path directory;

    @Test
    void aFrameIsFoundByItsReferenceUntilItsFileRotatesAway() throws IOException {
        try (EvidenceRecorder recorder = new EvidenceRecorder(new ProbeConfig.EvidenceSettings(directory, 4096, 2))) {
            for (int frame = 1; frame <= 200; frame++) {
                recorder.record(new FrameRef("udp://127.0.0.1:4729", frame, T0.plusMillis(frame)), payload("a", frame),
                        4729, 4729);
                recorder.record(new FrameRef("live://lo", frame, T0.plusMillis(frame)), payload("b", frame), 1000, 4729);
            }
            try (Stream<Path> files = Files.list(directory)) {
                assertEquals(2, files.count(), "rotated, at most two files kept");
            }
            byte[] pcap = recorder.frame("live://lo", 199).orElseThrow();
            UdpDatagram udp = onlyDatagram(pcap);
            assertArrayEquals(payload("b", 199).array(), bytes(udp.payload()));
            assertEquals(1000, udp.sourcePort());
            assertTrue(recorder.frame("udp://127.0.0.1:4729", 1).isEmpty(), "its file was deleted");
            assertTrue(recorder.frame("file.pcap", 199).isEmpty(), "never recorded");
        }
    }

    private UdpDatagram onlyDatagram(byte[] pcap) throws IOException {
        Path file = Files.write(directory.resolve("answer.pcap.tmp"), pcap);
        try (PacketReader reader = CaptureFiles.open(file, (reason, where, detail) -> { })) {
            CapturedPacket packet = reader.next();
            assertEquals(T0.plusMillis(199), packet.ref().time());
            assertNull(reader.next(), "one frame only");
            return (UdpDatagram) Decapsulator.unwrap(packet);
        }
    }

    private static ByteBuffer payload(String source, int frame) {
        return ByteBuffer.wrap((source + " frame " + frame).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }
}
