package org.roguewatch.lte.mac;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.decode.Decoded;
import org.roguewatch.lte.LteRrcChannel;

/**
 * Turns a stream of MAC-LTE frames into the LTE RRC PDUs they carry. The RNTI type tells the
 * transport channel (TS 36.321 7.1): SI-RNTI and P-RNTI PDUs are the BCCH and PCCH messages
 * themselves (transparent MAC and RLC), no RNTI in the downlink is the BCH; a C-RNTI (or SPS-RNTI)
 * PDU is demultiplexed and its LCID 0 SDUs are CCCH messages, its LCID 1 and 2 SDUs go through RLC
 * AM and PDCP to DCCH messages. Random access responses, user-plane bearers and frames that failed
 * their CRC are reported to the sink, not decoded. Keeps RLC state between frames: not thread-safe.
 */
public final class MacLteExtractor {
    private static final int SRB1 = 1;
    private static final int SRB2 = 2;

    private final MacLteSink sink;
    private final SrbReceivers srbs;

    public MacLteExtractor(MacLteSink sink) {
        this.sink = sink;
        this.srbs = new SrbReceivers(sink);
    }

    /** A frame as a link type 147 (USER0) capture record holds it. */
    public List<LteRrcPdu> accept(FrameRef ref, ByteBuffer framed) {
        return accept(ref, MacLteFraming.framed(framed));
    }

    /** A UDP payload that starts with the {@code mac-lte} signature. */
    public List<LteRrcPdu> acceptUdp(FrameRef ref, ByteBuffer udpPayload) {
        return accept(ref, MacLteFraming.udp(udpPayload));
    }

    /**
     * The input has ended: RLC PDUs held behind a gap are handed on, and half-built SDUs reported.
     *
     * @param ref the last frame of the input, to which late results are attributed
     */
    public List<LteRrcPdu> flush(FrameRef ref) {
        return dcch(ref, srbs.flush(ref));
    }

    private List<LteRrcPdu> accept(FrameRef ref, Decoded<MacLteFrame> decoded) {
        List<LteRrcPdu> out = new ArrayList<>(dcch(ref, srbs.expire(ref)));
        if (decoded instanceof Decoded.Malformed<MacLteFrame> bad) {
            sink.malformed(bad.reason(), ref, bad.detail());
            return out;
        }
        MacLteFrame frame = decoded.valueOrNull();
        MacLteContext context = frame.context();
        sink.frame(ref, context.rntiType());
        if (context.crcFailed()) {
            sink.skipped("mac-lte.crc-failed", ref, "CRC status " + context.crcStatus()
                    + ": the bytes are not what was sent");
        } else if (context.predefinedData()) {
            sink.skipped("mac-lte.predefined-data", ref, "a test pattern, not a MAC PDU");
        } else if (context.nbIot()) {
            sink.skipped("mac-lte.nb-iot", ref, "NB-IoT MAC PDUs are not decoded");
        } else {
            route(ref, context, frame.pdu(), out);
        }
        return out;
    }

    private void route(FrameRef ref, MacLteContext context, ByteBuffer pdu, List<LteRrcPdu> out) {
        boolean uplink = context.uplink();
        switch (context.rntiType()) {
            case SI_RNTI -> downlinkOnly(ref, context, LteRrcChannel.BCCH_DL_SCH, pdu, out);
            case P_RNTI -> downlinkOnly(ref, context, LteRrcChannel.PCCH, pdu, out);
            case NO_RNTI -> downlinkOnly(ref, context, LteRrcChannel.BCCH_BCH, pdu, out);
            case RA_RNTI -> sink.skipped("mac-lte.rar", ref, uplink ? "random access in the uplink"
                    : "random access response (RA-RNTI " + context.rnti() + ")");
            case C_RNTI, SPS_RNTI -> shared(ref, context, pdu, out);
            default -> sink.skipped("mac-lte.rnti-type.unsupported", ref,
                    context.rntiType().label() + " PDUs are not decoded");
        }
    }

    /** BCH, BCCH on DL-SCH and PCH exist only in the downlink (TS 36.321 4.5). */
    private void downlinkOnly(FrameRef ref, MacLteContext context, int channel, ByteBuffer pdu, List<LteRrcPdu> out) {
        if (context.uplink()) {
            sink.malformed("mac-lte.context.direction", ref, context.rntiType().label() + " in the uplink: "
                    + LteRrcChannel.name(channel) + " is downlink only");
            return;
        }
        out.add(new LteRrcPdu(channel, false, context.rnti(), pdu));
    }

    /** A DL-SCH or UL-SCH PDU for one UE. */
    private void shared(FrameRef ref, MacLteContext context, ByteBuffer pdu, List<LteRrcPdu> out) {
        boolean uplink = context.uplink();
        Decoded<List<MacSubPdu>> decoded = SchDemultiplexer.demultiplex(pdu, uplink);
        if (decoded instanceof Decoded.Malformed<List<MacSubPdu>> bad) {
            sink.malformed(bad.reason(), ref, bad.detail());
            return;
        }
        int rnti = context.rnti();
        boolean carried = false;
        for (MacSubPdu part : decoded.valueOrNull()) {
            if (part.kind() != MacSubPdu.Kind.SDU) {
                continue;
            }
            carried = true;
            int lcid = part.lcid();
            if (SchLcids.isCcch(lcid, uplink)) {
                // A CCCH message opens (or re-opens) the RRC connection: SRB RLC entities start over.
                out.addAll(dcch(ref, srbs.reestablish(ref, rnti)));
                out.add(new LteRrcPdu(uplink ? LteRrcChannel.UL_CCCH : LteRrcChannel.DL_CCCH, uplink, rnti,
                        part.body()));
            } else if (lcid == SRB1 || lcid == SRB2) {
                out.addAll(dcch(ref, srbs.accept(ref, rnti, uplink, lcid, part.body())));
            } else {
                sink.skipped("mac-lte.drb", ref, "LCID " + lcid + " (" + part.body().remaining()
                        + " bytes): a data radio bearer, not signalling");
            }
        }
        if (!carried) {
            sink.skipped("mac-lte.control-only", ref, "MAC control elements and padding, no SDU");
        }
    }

    /** PDCP SDUs of SRBs to DCCH messages. */
    private List<LteRrcPdu> dcch(FrameRef ref, List<SrbSdu> sdus) {
        if (sdus.isEmpty()) {
            return List.of();
        }
        List<LteRrcPdu> out = new ArrayList<>(sdus.size());
        for (SrbSdu sdu : sdus) {
            Decoded<PdcpSrbPdu> pdcp = PdcpSrbDecoder.decode(ByteBuffer.wrap(sdu.pdcpPdu()));
            if (pdcp instanceof Decoded.Malformed<PdcpSrbPdu> bad) {
                sink.malformed(bad.reason(), ref, "RNTI " + sdu.rnti() + " SRB" + sdu.lcid() + ": " + bad.detail());
                continue;
            }
            out.add(new LteRrcPdu(sdu.uplink() ? LteRrcChannel.UL_DCCH : LteRrcChannel.DL_DCCH, sdu.uplink(),
                    sdu.rnti(), pdcp.valueOrNull().rrc().asReadOnlyBuffer()));
        }
        return out;
    }
}
