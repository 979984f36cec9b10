package org.roguewatch.lte.mac;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;
import org.roguewatch.decode.Octets;

/**
 * Reads Wireshark's MAC-LTE framing (packet-mac-lte.h), as srsRAN and LTESniffer write it: in pcap
 * files of link type 147 the frame starts with the context; over UDP the same context follows the
 * ASCII signature {@code mac-lte}. The context is three fixed octets (radio type, direction, RNTI
 * type), then tags each followed by a value of a size the tag implies, up to the payload tag after
 * which the MAC PDU runs to the end. A pure function that never throws on bad bytes.
 */
public final class MacLteFraming {
    private static final byte[] UDP_SIGNATURE = "mac-lte".getBytes(StandardCharsets.US_ASCII);
    private static final String LAYER = "mac-lte.context";

    private static final int DIRECTION_UPLINK = 0;
    private static final int DIRECTION_DOWNLINK = 1;
    private static final int NB_MODE_NB_IOT = 1;

    private static final int TAG_PAYLOAD = 0x01;
    private static final int TAG_RNTI = 0x02;
    private static final int TAG_UEID = 0x03;
    private static final int TAG_FRAME_SUBFRAME = 0x04;
    private static final int TAG_PREDEFINED_DATA = 0x05;
    private static final int TAG_RETX = 0x06;
    private static final int TAG_CRC_STATUS = 0x07;
    private static final int TAG_EXT_BSR_SIZES = 0x08;
    private static final int TAG_SEND_PREAMBLE = 0x09;
    private static final int TAG_CARRIER_ID = 0x0A;
    private static final int TAG_PHY = 0x0B;
    private static final int TAG_SIMULT_PUCCH_PUSCH_PCELL = 0x0C;
    private static final int TAG_SIMULT_PUCCH_PUSCH_PSCELL = 0x0D;
    private static final int TAG_CE_MODE = 0x0E;
    private static final int TAG_NB_MODE = 0x0F;
    private static final int TAG_N_UL_RB = 0x10;
    private static final int TAG_SR = 0x11;

    private MacLteFraming() {
    }

    /** A frame as a DLT 147 (USER0) pcap record holds it: the context first. */
    public static Decoded<MacLteFrame> framed(ByteBuffer bytes) {
        try {
            return Decoded.ok(read(Octets.of(bytes, LAYER)));
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }

    /** A UDP payload: the {@code mac-lte} signature, then the context. */
    public static Decoded<MacLteFrame> udp(ByteBuffer payload) {
        if (!hasUdpSignature(payload)) {
            return Decoded.malformed("mac-lte.udp.signature", 0,
                    "mac-lte: UDP payload does not start with \"mac-lte\"");
        }
        try {
            Octets in = Octets.of(payload, LAYER);
            in.skip(UDP_SIGNATURE.length, "signature");
            return Decoded.ok(read(in));
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }

    /** The payload starts with the ASCII {@code mac-lte} that marks MAC-LTE framing over UDP. */
    public static boolean hasUdpSignature(ByteBuffer payload) {
        if (payload.remaining() < UDP_SIGNATURE.length) {
            return false;
        }
        int start = payload.position();
        for (int i = 0; i < UDP_SIGNATURE.length; i++) {
            if (payload.get(start + i) != UDP_SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    private static MacLteFrame read(Octets in) {
        int radioType = in.peek("radio type");
        if (radioType != MacLteContext.FDD && radioType != MacLteContext.TDD) {
            throw in.error("radio-type", "radio type " + radioType + ", expected 1 (FDD) or 2 (TDD)");
        }
        in.skip(1, "radio type");
        int direction = in.peek("direction");
        if (direction != DIRECTION_UPLINK && direction != DIRECTION_DOWNLINK) {
            throw in.error("direction", "direction " + direction + ", expected 0 (uplink) or 1 (downlink)");
        }
        in.skip(1, "direction");
        int rntiCode = in.peek("RNTI type");
        RntiType rntiType = RntiType.ofCode(rntiCode);
        if (rntiType == null) {
            throw in.error("rnti-type", "RNTI type " + rntiCode + " is not defined");
        }
        in.skip(1, "RNTI type");
        Tags tags = new Tags();
        while (true) {
            int tagOffset = in.offset();
            int tag = in.u8("tag");
            if (tag == TAG_PAYLOAD) {
                break;
            }
            tags.read(tag, tagOffset, in);
        }
        if (!in.hasRemaining()) {
            throw new DecodeException("mac-lte.pdu.empty", in.offset(),
                    "mac-lte: payload tag with no MAC PDU after it");
        }
        ByteBuffer pdu = in.rest();
        MacLteContext context = new MacLteContext(radioType, direction == DIRECTION_UPLINK, rntiType, tags.rnti,
                tags.ueId, tags.sfn, tags.subframe, tags.crcStatus, tags.retx, tags.nbMode == NB_MODE_NB_IOT,
                tags.predefinedData > 0);
        return new MacLteFrame(context, pdu.isReadOnly() ? pdu : pdu.asReadOnlyBuffer());
    }

    /** The optional tag values, each size fixed by its tag (packet-mac-lte.h). */
    private static final class Tags {
        int rnti = MacLteContext.ABSENT;
        int ueId = MacLteContext.ABSENT;
        int sfn = MacLteContext.ABSENT;
        int subframe = MacLteContext.ABSENT;
        int crcStatus = MacLteContext.ABSENT;
        int retx = MacLteContext.ABSENT;
        int nbMode = MacLteContext.ABSENT;
        int predefinedData = MacLteContext.ABSENT;

        void read(int tag, int tagOffset, Octets in) {
            switch (tag) {
                case TAG_RNTI -> rnti = in.u16("RNTI");
                case TAG_UEID -> ueId = in.u16("UEId");
                case TAG_FRAME_SUBFRAME -> {
                    int value = in.u16("SFN and subframe");
                    sfn = value >>> 4;
                    subframe = value & 0x0f;
                }
                case TAG_RETX -> retx = in.u8("retransmission count");
                case TAG_CRC_STATUS -> crcStatus = in.u8("CRC status");
                case TAG_NB_MODE -> nbMode = in.u8("NB mode");
                case TAG_PREDEFINED_DATA -> predefinedData = in.u8("predefined data");
                case TAG_CARRIER_ID, TAG_CE_MODE, TAG_N_UL_RB -> in.skip(1, "tag " + tag + " value");
                case TAG_SEND_PREAMBLE -> in.skip(2, "RAPID and RACH attempt");
                case TAG_EXT_BSR_SIZES, TAG_SIMULT_PUCCH_PUSCH_PCELL, TAG_SIMULT_PUCCH_PUSCH_PSCELL -> {
                    // flags: the tag alone says it
                }
                case TAG_PHY -> in.skip(in.u8("PHY attributes length"), "PHY attributes");
                case TAG_SR -> in.skip(4 * in.u16("SR item count"), "SR items (UEId, RNTI)");
                default -> throw new DecodeException("mac-lte.tag.unknown", tagOffset,
                        String.format("mac-lte: tag 0x%02x at offset %d is not defined, so its size is unknown",
                                tag, tagOffset));
            }
        }
    }
}
