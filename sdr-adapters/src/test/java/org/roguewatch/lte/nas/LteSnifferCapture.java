package org.roguewatch.lte.nas;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.roguewatch.capture.CaptureFiles;
import org.roguewatch.capture.CapturedPacket;
import org.roguewatch.capture.Decapsulator;
import org.roguewatch.capture.PacketReader;
import org.roguewatch.capture.UdpDatagram;
import org.roguewatch.gsmtap.GsmtapDecoder;
import org.roguewatch.gsmtap.GsmtapFrame;
import org.roguewatch.testing.SharedCaptures;

/** The GSMTAP frames of the real LTESniffer capture, by 1-based frame number (skips the test when absent). */
final class LteSnifferCapture {
    /** One frame's GSMTAP type, sub-type, uplink flag and payload (copied out of the reader's buffer). */
    record Frame(long number, int type, int subType, boolean uplink, byte[] payload) {
        ByteBuffer buffer() {
            return ByteBuffer.wrap(payload);
        }
    }

    private LteSnifferCapture() {
    }

    static Map<Long, Frame> frames() throws IOException {
        Map<Long, Frame> out = new LinkedHashMap<>();
        StringBuilder problems = new StringBuilder();
        try (PacketReader reader = CaptureFiles.open(SharedCaptures.require(SharedCaptures.LTE_SNIFFER_GSMTAP),
                (reason, where, detail) -> problems.append(reason).append(' ').append(detail).append('\n'))) {
            for (CapturedPacket packet = reader.next(); packet != null; packet = reader.next()) {
                if (!(Decapsulator.unwrap(packet) instanceof UdpDatagram udp)) {
                    throw new IllegalStateException("frame " + packet.ref().frame() + " is not UDP");
                }
                GsmtapFrame frame = GsmtapDecoder.decode(udp.ref(), udp.payload()).valueOrNull();
                if (frame == null) {
                    throw new IllegalStateException("frame " + packet.ref().frame() + " is not GSMTAP");
                }
                byte[] payload = new byte[frame.payload().remaining()];
                frame.payload().duplicate().get(payload);
                out.put(packet.ref().frame(), new Frame(packet.ref().frame(), frame.header().type(),
                        frame.header().subType(), frame.header().uplink(), payload));
            }
        }
        if (problems.length() > 0) {
            throw new IllegalStateException("capture problems: " + problems);
        }
        return out;
    }
}
