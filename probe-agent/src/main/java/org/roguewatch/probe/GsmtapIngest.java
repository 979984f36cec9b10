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
import org.roguewatch.lte.mac.LteRrcPdu;
import org.roguewatch.lte.mac.MacLteExtractor;
import org.roguewatch.lte.mac.MacLteFraming;
import org.roguewatch.lte.mac.MacLteSink;
import org.roguewatch.lte.mac.RntiType;
import org.roguewatch.lte.nas.NasDecoder;

/**
 * One probe's ingest: GSMTAP datagram → header → Um/LAPDm → GSM layer-3 message, or LTE RRC/NAS
 * message → cell observation, counting every outcome. Capture files and the live UDP listener feed the same method, so both
 * paths decode identically. MAC-LTE frames (srsRAN, LTESniffer) are taken down to their RRC PDUs,
 * which then go the way of GSMTAP LTE_RRC frames. Not thread-safe: feed it from one thread.
 */
public final class GsmtapIngest {
    private static final MessageListener NO_LISTENER = (ref, header, message) -> { };

    private final FrameCounters counters;
    private final GsmCellFolder cells;
    private final LteCellFolder lteCells;
    private final UmDecoder um = new UmDecoder();
    private final MessageListener listener;
    private final MacLteExtractor macLte;
    /** The last MAC-LTE frame read, to which what {@link #endOfCapture} releases is attributed. */
    private FrameRef lastMacLte;

    public GsmtapIngest(String probeId, FrameCounters counters) {
        this(probeId, counters, NO_LISTENER);
    }

    public GsmtapIngest(String probeId, FrameCounters counters, MessageListener listener) {
        this.counters = counters;
        this.cells = new GsmCellFolder(probeId);
        this.lteCells = new LteCellFolder(probeId);
        this.listener = listener;
        this.macLte = new MacLteExtractor(new CountingMacLteSink(counters));
    }

    /**
     * Decodes one GSMTAP datagram (the UDP payload); one that starts with {@code mac-lte} (srsRAN's
     * network output, never valid GSMTAP) goes to {@link #macLteUdp}, so a live listener may take both.
     */
    public void datagram(FrameRef ref, ByteBuffer udpPayload) {
        if (MacLteFraming.hasUdpSignature(udpPayload)) {
            macLteUdp(ref, udpPayload);
            return;
        }
        Decoded<GsmtapFrame> decoded = GsmtapDecoder.decode(ref, udpPayload);
        if (decoded instanceof Decoded.Malformed<GsmtapFrame> bad) {
            counters.malformed(bad.reason(), ref, bad.detail());
            return;
        }
        GsmtapFrame frame = decoded.valueOrNull();
        GsmtapHeader header = frame.header();
        counters.gsmtapFrame(header.typeName());
        if (header.type() == GsmtapType.LTE_RRC || header.type() == GsmtapType.LTE_NAS) {
            lte(ref, header, frame.payload());
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

    /** One MAC-LTE frame as a link type 147 (USER0) capture holds it. */
    public void macLte(FrameRef ref, ByteBuffer framed) {
        lastMacLte = ref;
        macLteRrc(ref, macLte.accept(ref, framed));
    }

    /** One UDP payload carrying MAC-LTE framing after its {@code mac-lte} signature. */
    public void macLteUdp(FrameRef ref, ByteBuffer udpPayload) {
        lastMacLte = ref;
        macLteRrc(ref, macLte.acceptUdp(ref, udpPayload));
    }

    /**
     * A capture has ended: RRC PDUs that MAC-LTE reassembly still holds (behind a lost RLC PDU) are
     * decoded, and incomplete ones counted; RLC state starts afresh with the next capture.
     */
    public void endOfCapture() {
        if (lastMacLte != null) {
            macLteRrc(lastMacLte, macLte.flush(lastMacLte));
            lastMacLte = null;
        }
    }

    /**
     * RRC PDUs from MAC-LTE go the GSMTAP LTE_RRC way, with a header saying what GSMTAP would: the
     * EARFCN is unknown (0, as LTESniffer's own GSMTAP output has it) and so is the level (0 dBm,
     * 0 dB: unmeasured).
     */
    private void macLteRrc(FrameRef ref, List<LteRrcPdu> pdus) {
        for (LteRrcPdu pdu : pdus) {
            GsmtapHeader header = new GsmtapHeader(GsmtapHeader.VERSION, GsmtapHeader.MIN_LENGTH, GsmtapType.LTE_RRC,
                    0, 0, pdu.uplink(), false, 0, 0, 0, pdu.channel(), 0, 0);
            lte(ref, header, pdu.payload());
        }
    }

    private void lte(FrameRef ref, GsmtapHeader header, ByteBuffer payload) {
        lteCells.frame(ref, header);
        boolean nas = header.type() == GsmtapType.LTE_NAS;
        Decoded<? extends LteMessage> decoded = nas ? NasDecoder.decode(payload)
                : LteRrcDecoder.decode(header.subType(), payload);
        if (decoded == null) {
            counters.withoutMessage("gsmtap.LTE_RRC." + LteRrcChannel.name(header.subType()) + " (not decoded)");
            return;
        }
        if (decoded instanceof Decoded.Malformed<? extends LteMessage> bad) {
            counters.malformed(bad.reason(), ref, bad.detail());
            return;
        }
        LteMessage message = decoded.valueOrNull();
        if (lteCells.message(ref, header, message, nas ? payload : null)) {
            counters.message(message.name());
            listener.message(ref, header, message);
        } else {
            counters.withoutMessage("nas-eps copy of NAS already read from RRC dedicatedInfoNAS");
        }
    }

    public FrameCounters counters() {
        return counters;
    }

    /**
     * Counts the MAC-LTE path like GSMTAP: frames by RNTI type as {@code mac-lte.SI-RNTI} and so on
     * (with the GSMTAP frame types), malformed input by reason, and what yields no RRC message by reason.
     */
    private static final class CountingMacLteSink implements MacLteSink {
        private final FrameCounters counters;

        CountingMacLteSink(FrameCounters counters) {
            this.counters = counters;
        }

        @Override
        public void frame(FrameRef where, RntiType type) {
            counters.gsmtapFrame("mac-lte." + type.label());
        }

        @Override
        public void skipped(String reason, FrameRef where, String detail) {
            counters.withoutMessage(reason);
        }

        @Override
        public void malformed(String reason, FrameRef where, String detail) {
            counters.malformed(reason, where, detail);
        }
    }

    /** GSM cells by ARFCN, then LTE cells by EARFCN. */
    public List<CellObservation> observations() {
        List<CellObservation> all = new ArrayList<>(cells.observations());
        all.addAll(lteCells.observations());
        return all;
    }
}
