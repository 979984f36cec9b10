package org.roguewatch.gsm;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.roguewatch.decode.Decoded;
import org.roguewatch.gsm.lapdm.LapdmDecoder;
import org.roguewatch.gsm.lapdm.LapdmFrame;
import org.roguewatch.gsm.lapdm.LapdmReassembler;
import org.roguewatch.gsmtap.GsmtapChannel;
import org.roguewatch.gsmtap.GsmtapFrame;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.gsmtap.GsmtapType;

/**
 * Turns GSMTAP Um blocks into layer-3 messages: format Bbis (L2 pseudo length + RR) on
 * BCCH/CCCH, LAPDm on dedicated channels with reassembly per data link, and on SACCH the
 * two-octet L1 header (TS 44.004 7.2) before LAPDm. Also accepts GSMTAP Abis frames, whose payload is bare layer 3.
 * Stateful (it holds partial messages); use one instance per input stream or merge of streams.
 */
public final class UmDecoder {
    /**
     * The LAPDm fill frame (TS 44.006 5.4.2.3: UI frame, SAPI 0, empty information field, 0x2B fill):
     * osmo-bts, and the stacks built on it, send it on an idle AGCH block, where format Bbis is expected.
     */
    private static final byte[] LAPDM_FILL_FRAME_HEADER = {0x03, 0x03, 0x01};
    private static final byte FILL_OCTET = 0x2B;
    /** A SACCH block starts with the ordered MS power level and timing advance (TS 44.004 7.2). */
    private static final int SACCH_L1_HEADER = 2;

    private record LinkKey(String source, int arfcn, boolean uplink, int timeslot, int subSlot, int channel,
                           int sapi) {
    }

    private final Map<LinkKey, LapdmReassembler> links = new HashMap<>();

    public UmOutcome decode(GsmtapFrame frame) {
        GsmtapHeader header = frame.header();
        if (header.type() == GsmtapType.ABIS) {
            return outcome(GsmL3Decoder.decode(frame.payload(), -1));
        }
        if (header.type() != GsmtapType.UM) {
            return new UmOutcome.NoMessage("gsmtap." + header.typeName());
        }
        int subType = header.subType();
        if (GsmtapChannel.isCommonControl(subType)) {
            return commonControl(frame.payload());
        }
        if (GsmtapChannel.isDedicatedControl(subType)) {
            ByteBuffer block = frame.payload();
            if (GsmtapChannel.isAssociated(subType)) {
                if (block.remaining() < SACCH_L1_HEADER) {
                    return new UmOutcome.Bad(new Decoded.Malformed<>("sacch.truncated", 0,
                            "sacch: block of " + block.remaining() + " octets has no L1 header"));
                }
                block = block.slice(block.position() + SACCH_L1_HEADER, block.remaining() - SACCH_L1_HEADER);
                if (LapdmDecoder.isFormatB4(block)) {
                    // SI5/5bis/5ter/6 on SACCH: a B4 UI frame whose information field is an L2
                    // pseudo length and the RR message, as on BCCH (TS 44.006 2.1, TS 44.018 9.1.37-40).
                    Decoded<LapdmFrame> b4 = LapdmDecoder.decodeWithoutLength(block);
                    if (b4 instanceof Decoded.Malformed<LapdmFrame> bad) {
                        return new UmOutcome.Bad(bad);
                    }
                    return commonControl(b4.valueOrNull().information());
                }
            }
            return lapdm(frame, LapdmDecoder.decode(block));
        }
        return new UmOutcome.NoMessage("gsmtap.UM." + GsmtapChannel.name(subType));
    }

    /** Messages held partially across all links (for diagnostics and tests). */
    public int openLinks() {
        return links.size();
    }

    private static UmOutcome commonControl(ByteBuffer block) {
        if (!block.hasRemaining()) {
            return new UmOutcome.Bad(new Decoded.Malformed<>("ccch.empty", 0, "ccch: empty block"));
        }
        if (isLapdmFillFrame(block)) {
            return new UmOutcome.NoMessage("ccch.fill-frame");
        }
        int pseudoLength = block.get(block.position()) & 0xff;
        // L2 pseudo length (TS 44.018 10.5.2.19): bits 2-1 are "01"; bits 8-3 count the octets of the
        // message that are not rest octets.
        if ((pseudoLength & 0x03) != 0x01) {
            return new UmOutcome.Bad(new Decoded.Malformed<>("ccch.l2-pseudo-length", 0,
                    String.format("ccch: L2 pseudo length octet 0x%02x lacks the 01 marker bits", pseudoLength)));
        }
        int length = pseudoLength >>> 2;
        ByteBuffer l3 = block.slice(block.position() + 1, block.remaining() - 1);
        if (length > l3.remaining()) {
            return new UmOutcome.Bad(new Decoded.Malformed<>("ccch.l2-pseudo-length", 0,
                    "ccch: L2 pseudo length " + length + " exceeds the " + l3.remaining() + " octets that follow"));
        }
        return outcome(GsmL3Decoder.decode(l3, length));
    }

    private static boolean isLapdmFillFrame(ByteBuffer block) {
        int start = block.position();
        if (block.remaining() < LAPDM_FILL_FRAME_HEADER.length) {
            return false;
        }
        for (int i = 0; i < block.remaining(); i++) {
            byte expected = i < LAPDM_FILL_FRAME_HEADER.length ? LAPDM_FILL_FRAME_HEADER[i] : FILL_OCTET;
            if (block.get(start + i) != expected) {
                return false;
            }
        }
        return true;
    }

    private UmOutcome lapdm(GsmtapFrame frame, Decoded<LapdmFrame> decoded) {
        if (decoded instanceof Decoded.Malformed<LapdmFrame> bad) {
            return new UmOutcome.Bad(bad);
        }
        LapdmFrame lapdm = decoded.valueOrNull();
        GsmtapHeader header = frame.header();
        LinkKey key = new LinkKey(frame.ref().source(), header.arfcn(), header.uplink(), header.timeslot(),
                header.subSlot(), header.subType(), lapdm.sapi());
        LapdmReassembler link = links.computeIfAbsent(key, k -> new LapdmReassembler());
        return switch (link.accept(lapdm)) {
            case COMPLETE -> lapdm.kind() == LapdmFrame.Kind.UA
                    // UA echoes the SABM's layer-3 message for contention resolution (TS 44.006 5.4.1.4).
                    ? new UmOutcome.NoMessage("lapdm.contention-resolution-echo")
                    : outcome(GsmL3Decoder.decode(link.message(), -1));
            case SEGMENT -> new UmOutcome.NoMessage("lapdm.segment");
            case RETRANSMISSION -> new UmOutcome.NoMessage("lapdm.retransmission");
            case GAP -> new UmOutcome.NoMessage("lapdm.sequence-gap (segment dropped)");
            case NO_INFORMATION -> new UmOutcome.NoMessage("lapdm." + lapdm.kind());
            case OVERFLOW -> new UmOutcome.Bad(new Decoded.Malformed<>("lapdm.reassembly-overflow", 0,
                    "lapdm: segmented message longer than " + LapdmReassembler.MAX_MESSAGE + " octets"));
        };
    }

    private static UmOutcome outcome(Decoded<GsmMessage> decoded) {
        if (decoded instanceof Decoded.Malformed<GsmMessage> bad) {
            return new UmOutcome.Bad(bad);
        }
        return new UmOutcome.Message(decoded.valueOrNull());
    }
}
