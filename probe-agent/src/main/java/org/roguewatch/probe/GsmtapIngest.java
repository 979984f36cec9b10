package org.roguewatch.probe;

import java.nio.ByteBuffer;
import java.util.List;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.decode.Decoded;
import org.roguewatch.gsm.UmDecoder;
import org.roguewatch.gsm.UmOutcome;
import org.roguewatch.gsmtap.GsmtapDecoder;
import org.roguewatch.gsmtap.GsmtapFrame;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.gsmtap.GsmtapType;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.GsmCellFolder;

/**
 * One probe's ingest: GSMTAP datagram → header → Um/LAPDm → layer-3 message → cell observation,
 * counting every outcome. Capture files and the live UDP listener feed the same method, so both
 * paths decode identically. Not thread-safe: feed it from one thread.
 */
public final class GsmtapIngest {
    private static final MessageListener NO_LISTENER = (ref, header, message) -> { };

    private final FrameCounters counters;
    private final GsmCellFolder cells;
    private final UmDecoder um = new UmDecoder();
    private final MessageListener listener;

    public GsmtapIngest(String probeId, FrameCounters counters) {
        this(probeId, counters, NO_LISTENER);
    }

    public GsmtapIngest(String probeId, FrameCounters counters, MessageListener listener) {
        this.counters = counters;
        this.cells = new GsmCellFolder(probeId);
        this.listener = listener;
    }

    /** Decodes one GSMTAP datagram (the UDP payload). */
    public void datagram(FrameRef ref, ByteBuffer udpPayload) {
        Decoded<GsmtapFrame> decoded = GsmtapDecoder.decode(ref, udpPayload);
        if (decoded instanceof Decoded.Malformed<GsmtapFrame> bad) {
            counters.malformed(bad.reason(), ref, bad.detail());
            return;
        }
        GsmtapFrame frame = decoded.valueOrNull();
        GsmtapHeader header = frame.header();
        counters.gsmtapFrame(header.typeName());
        if (header.type() != GsmtapType.UM && header.type() != GsmtapType.ABIS) {
            counters.withoutMessage("gsmtap." + header.typeName() + " (not decoded yet)");
            return;
        }
        cells.frame(ref, header);
        UmOutcome outcome = um.decode(frame);
        if (outcome instanceof UmOutcome.Message message) {
            counters.message(message.message().name());
            cells.message(ref, header, message.message());
            listener.message(ref, header, message.message());
        } else if (outcome instanceof UmOutcome.NoMessage none) {
            counters.withoutMessage(none.what());
        } else if (outcome instanceof UmOutcome.Bad bad) {
            counters.malformed(bad.malformed().reason(), ref, bad.malformed().detail());
        }
    }

    public FrameCounters counters() {
        return counters;
    }

    public List<CellObservation> observations() {
        return cells.observations();
    }
}
