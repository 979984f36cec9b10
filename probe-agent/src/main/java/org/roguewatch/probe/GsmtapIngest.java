package org.roguewatch.probe;

import java.nio.ByteBuffer;
import java.util.ArrayList;
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
import org.roguewatch.observe.LteCellFolder;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.lte.LteRrcChannel;
import org.roguewatch.lte.LteRrcDecoder;
import org.roguewatch.lte.nas.NasDecoder;

/**
 * One probe's ingest: GSMTAP datagram → header → Um/LAPDm → GSM layer-3 message, or LTE RRC/NAS
 * message → cell observation, counting every outcome. Capture files and the live UDP listener feed the same method, so both
 * paths decode identically. Not thread-safe: feed it from one thread.
 */
public final class GsmtapIngest {
    private static final MessageListener NO_LISTENER = (ref, header, message) -> { };

    private final FrameCounters counters;
    private final GsmCellFolder cells;
    private final LteCellFolder lteCells;
    private final UmDecoder um = new UmDecoder();
    private final MessageListener listener;

    public GsmtapIngest(String probeId, FrameCounters counters) {
        this(probeId, counters, NO_LISTENER);
    }

    public GsmtapIngest(String probeId, FrameCounters counters, MessageListener listener) {
        this.counters = counters;
        this.cells = new GsmCellFolder(probeId);
        this.lteCells = new LteCellFolder(probeId);
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
        if (header.type() == GsmtapType.LTE_RRC || header.type() == GsmtapType.LTE_NAS) {
            lte(ref, frame);
            return;
        }
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

    private void lte(FrameRef ref, GsmtapFrame frame) {
        GsmtapHeader header = frame.header();
        lteCells.frame(ref, header);
        boolean nas = header.type() == GsmtapType.LTE_NAS;
        Decoded<? extends LteMessage> decoded = nas ? NasDecoder.decode(frame.payload())
                : LteRrcDecoder.decode(header.subType(), frame.payload());
        if (decoded == null) {
            counters.withoutMessage("gsmtap.LTE_RRC." + LteRrcChannel.name(header.subType()) + " (not decoded)");
            return;
        }
        if (decoded instanceof Decoded.Malformed<? extends LteMessage> bad) {
            counters.malformed(bad.reason(), ref, bad.detail());
            return;
        }
        LteMessage message = decoded.valueOrNull();
        if (lteCells.message(ref, header, message, nas ? frame.payload() : null)) {
            counters.message(message.name());
            listener.message(ref, header, message);
        } else {
            counters.withoutMessage("nas-eps copy of NAS already read from RRC dedicatedInfoNAS");
        }
    }

    public FrameCounters counters() {
        return counters;
    }

    /** GSM cells by ARFCN, then LTE cells by EARFCN. */
    public List<CellObservation> observations() {
        List<CellObservation> all = new ArrayList<>(cells.observations());
        all.addAll(lteCells.observations());
        return all;
    }
}
