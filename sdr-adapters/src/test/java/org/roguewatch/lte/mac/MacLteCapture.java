package org.roguewatch.lte.mac;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.capture.CaptureFiles;
import org.roguewatch.capture.CapturedPacket;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.capture.LinkTypes;
import org.roguewatch.capture.PacketReader;
import org.roguewatch.testing.SharedCaptures;

/** The frames of the real LTESniffer MAC-LTE capture (DLT 147), in order; skips the test when absent. */
public final class MacLteCapture {
    /** One frame: where it is, and its bytes (copied out of the reader's buffer). */
    public record Frame(FrameRef ref, byte[] bytes) {
    }

    private MacLteCapture() {
    }

    public static List<Frame> frames() throws IOException {
        List<Frame> out = new ArrayList<>();
        StringBuilder problems = new StringBuilder();
        try (PacketReader reader = CaptureFiles.open(SharedCaptures.require(SharedCaptures.LTE_SNIFFER_MAC),
                (reason, where, detail) -> problems.append(reason).append(' ').append(detail).append('\n'))) {
            for (CapturedPacket packet = reader.next(); packet != null; packet = reader.next()) {
                if (packet.linkType() != LinkTypes.USER0) {
                    throw new IllegalStateException("frame " + packet.ref().frame() + " has link type "
                            + packet.linkType());
                }
                byte[] bytes = new byte[packet.data().remaining()];
                packet.data().duplicate().get(bytes);
                out.add(new Frame(packet.ref(), bytes));
            }
        }
        if (problems.length() > 0) {
            throw new IllegalStateException("capture problems: " + problems);
        }
        return out;
    }
}
