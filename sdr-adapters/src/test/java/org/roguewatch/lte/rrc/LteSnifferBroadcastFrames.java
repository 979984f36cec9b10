package org.roguewatch.lte.rrc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.capture.CaptureFiles;
import org.roguewatch.capture.CapturedPacket;
import org.roguewatch.capture.Decapsulator;
import org.roguewatch.capture.PacketReader;
import org.roguewatch.capture.UdpDatagram;
import org.roguewatch.decode.Decoded;
import org.roguewatch.gsmtap.GsmtapDecoder;
import org.roguewatch.gsmtap.GsmtapFrame;
import org.roguewatch.gsmtap.GsmtapType;
import org.roguewatch.lte.LteMessage;

/** The BCCH frames of a GSMTAP capture (LTE_RRC sub-types 4 and 5), decoded. */
final class LteSnifferBroadcastFrames {
    /** libosmocore gsmtap.h GSMTAP_LTE_RRC_SUB_BCCH_BCH and GSMTAP_LTE_RRC_SUB_BCCH_DL_SCH. */
    static final int SUB_BCCH_BCH = 4;
    static final int SUB_BCCH_DL_SCH = 5;

    record Frame(long number, int subType, Decoded<LteMessage> decoded) {
    }

    private LteSnifferBroadcastFrames() {
    }

    static List<Frame> read(Path capture) throws IOException {
        List<Frame> frames = new ArrayList<>();
        try (PacketReader reader = CaptureFiles.open(capture, (reason, where, detail) -> {
            throw new AssertionError(reason + " at " + where + ": " + detail);
        })) {
            for (CapturedPacket packet = reader.next(); packet != null; packet = reader.next()) {
                if (!(Decapsulator.unwrap(packet) instanceof UdpDatagram udp)) {
                    continue;
                }
                GsmtapFrame frame = GsmtapDecoder.decode(packet.ref(), udp.payload()).valueOrNull();
                if (frame == null || frame.header().type() != GsmtapType.LTE_RRC) {
                    continue;
                }
                int subType = frame.header().subType();
                if (subType == SUB_BCCH_BCH) {
                    frames.add(new Frame(packet.ref().frame(), subType, BcchBchDecoder.decode(frame.payload())));
                } else if (subType == SUB_BCCH_DL_SCH) {
                    frames.add(new Frame(packet.ref().frame(), subType, BcchDlSchDecoder.decode(frame.payload())));
                }
            }
        }
        return frames;
    }
}
