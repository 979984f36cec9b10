package org.roguewatch.probe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.capture.CaptureFiles;
import org.roguewatch.capture.CapturedPacket;
import org.roguewatch.capture.Decapsulator;
import org.roguewatch.capture.PacketReader;
import org.roguewatch.capture.UdpDatagram;

/** The GSMTAP UDP payloads of a capture, in order, as byte arrays. */
final class LiveUdpReplayTestSupport {
    private LiveUdpReplayTestSupport() {
    }

    static List<byte[]> payloads(Path capture) throws IOException {
        List<byte[]> payloads = new ArrayList<>();
        try (PacketReader reader = CaptureFiles.open(capture, (reason, where, detail) -> {
            throw new AssertionError(reason + " at " + where);
        })) {
            CapturedPacket packet;
            while ((packet = reader.next()) != null) {
                if (Decapsulator.unwrap(packet) instanceof UdpDatagram udp) {
                    ByteBuffer payload = udp.payload();
                    byte[] bytes = new byte[payload.remaining()];
                    payload.get(payload.position(), bytes);
                    payloads.add(bytes);
                }
            }
        }
        return payloads;
    }
}
