package org.roguewatch.testing;

import java.nio.ByteBuffer;
import java.time.Instant;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.gsm.GsmMessage;
import org.roguewatch.gsm.UmDecoder;
import org.roguewatch.gsm.UmOutcome;
import org.roguewatch.gsmtap.GsmtapChannel;
import org.roguewatch.gsmtap.GsmtapEncoder;
import org.roguewatch.gsmtap.GsmtapFrame;
import org.roguewatch.gsmtap.GsmtapHeader;

/** Wraps raw Um blocks in GSMTAP frames and decodes them as the ingest does. */
public final class UmFrames {
    private UmFrames() {
    }

    public static GsmtapFrame frame(int subType, boolean uplink, byte[] block) {
        GsmtapHeader header = GsmtapEncoder.um(725, uplink, 0, subType, 0, 1000, -60, 20);
        return new GsmtapFrame(new FrameRef("test", 1, Instant.EPOCH), header, ByteBuffer.wrap(block).asReadOnlyBuffer());
    }

    /** Decodes a BCCH/CCCH block (L2 pseudo length first); fails the test unless it yields a message. */
    public static GsmMessage ccch(byte[] block) {
        return message(new UmDecoder().decode(frame(GsmtapChannel.BCCH, false, block)));
    }

    public static <T extends GsmMessage> T ccch(byte[] block, Class<T> type) {
        return type.cast(ccch(block));
    }

    public static GsmMessage message(UmOutcome outcome) {
        if (outcome instanceof UmOutcome.Message message) {
            return message.message();
        }
        throw new AssertionError("expected a message, got " + outcome);
    }
}
