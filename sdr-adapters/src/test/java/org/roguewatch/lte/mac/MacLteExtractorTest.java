package org.roguewatch.lte.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.roguewatch.lte.mac.FrameBytes.DOWNLINK;
import static org.roguewatch.lte.mac.FrameBytes.UPLINK;
import static org.roguewatch.lte.mac.FrameBytes.amd;
import static org.roguewatch.lte.mac.FrameBytes.buffer;
import static org.roguewatch.lte.mac.FrameBytes.bytes;
import static org.roguewatch.lte.mac.FrameBytes.concat;
import static org.roguewatch.lte.mac.FrameBytes.framed;
import static org.roguewatch.lte.mac.FrameBytes.pdcp;
import static org.roguewatch.lte.mac.FrameBytes.ref;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.lte.LteRrcChannel;
import org.roguewatch.testing.Hex;

/**
 * Which channel each MAC-LTE frame's bytes belong to (TS 36.321 4.5, 7.1): the RNTI type picks the
 * transport channel, the LCID the logical channel; the rest is reported, not decoded.
 */
class MacLteExtractorTest {
    private static final int C_RNTI = 3;
    private static final byte[] SIB1 = Hex.bytes("406404ab00070019b0181460108280000000");
    private static final byte[] SETUP = Hex.bytes("60129b2e661e82f2e0ccc860d30000990a0003e0");

    private final RecordingSink sink = new RecordingSink();
    private final MacLteExtractor extractor = new MacLteExtractor(sink);

    private static String describe(List<LteRrcPdu> pdus) {
        StringBuilder out = new StringBuilder();
        for (LteRrcPdu pdu : pdus) {
            byte[] bytes = new byte[pdu.payload().remaining()];
            pdu.payload().duplicate().get(bytes);
            out.append(LteRrcChannel.name(pdu.channel())).append(pdu.uplink() ? " UL " : " DL ").append(pdu.rnti())
                    .append(' ').append(Hex.of(bytes)).append(';');
        }
        return out.toString();
    }

    private String accept(long frame, byte[] framed) {
        return describe(extractor.accept(ref(frame), buffer(framed)));
    }

    @Test
    void broadcastAndPagingPdusAreTheRrcMessagesThemselves() {
        assertEquals("BCCH-DL-SCH DL 65535 " + Hex.of(SIB1) + ";", accept(1, framed(DOWNLINK, 4, 0xffff, SIB1)));
        assertEquals("PCCH DL 65534 4000;", accept(2, framed(DOWNLINK, 1, 0xfffe, bytes(0x40, 0x00))));
        assertEquals("BCCH-BCH DL 0 a4c2;", accept(3, framed(DOWNLINK, 0, 0, bytes(0xa4, 0xc2))));
        assertEquals(List.of("SI-RNTI", "P-RNTI", "NO-RNTI"), sink.reasons(RecordingSink.Kind.FRAME));
        assertEquals(List.of(), sink.drops());
    }

    @Test
    void ccchSdusAreCcchMessagesInTheirDirection() {
        // DL: contention resolution identity (28, 6 octets), then LCID 0 with L=20, then padding.
        byte[] msg4 = concat(Hex.bytes("3c 20 14 1f 558312643 6c6".replace(" ", "")), SETUP, bytes(0, 0));
        assertEquals("DL-CCCH DL 70 " + Hex.of(SETUP) + ";", accept(1, framed(DOWNLINK, C_RNTI, 70, msg4)));
        // UL: C-RNTI control element (27) then the CCCH SDU last.
        byte[] msg3 = Hex.bytes("3b 00 0046 4d2a0b1c");
        assertEquals("UL-CCCH UL 70 4d2a0b1c;", accept(2, framed(UPLINK, C_RNTI, 70, msg3)));
        assertEquals(List.of(), sink.drops());
    }

    @Test
    void srbSdusGoThroughRlcAndPdcpToDcch() {
        byte[] rlc = amd(0, 0, pdcp(0, Hex.bytes("0800183aa808"), 0));
        assertEquals("DL-DCCH DL 70 0800183aa808;", accept(1, framed(DOWNLINK, C_RNTI, 70, concat(bytes(0x01), rlc))));
        byte[] srb2 = amd(0, 0, pdcp(0, Hex.bytes("4a0b"), 0x11223344));
        assertEquals("UL-DCCH UL 70 4a0b;", accept(2, framed(UPLINK, C_RNTI, 70, concat(bytes(0x02), srb2))));
        // SRB1 (with an L) and SRB2 (last) in one MAC PDU: separate RLC entities, each in sequence.
        byte[] srb1 = amd(0, 0, pdcp(0, bytes(0x10), 0));
        byte[] both = concat(bytes(0x21, srb1.length, 0x02), srb1, amd(1, 0, pdcp(1, bytes(0x20), 0)));
        assertEquals("UL-DCCH UL 70 10;UL-DCCH UL 70 20;", accept(3, framed(UPLINK, C_RNTI, 70, both)));
        assertEquals(List.of(), sink.drops());
    }

    @Test
    void aCcchMessageRestartsTheUesSrbsAtSnZero() {
        byte[] release = concat(bytes(0x01), amd(7, 0, pdcp(7, Hex.bytes("2802"), 0x257b8b7e)));
        assertEquals("DL-DCCH DL 70 2802;", accept(1, framed(DOWNLINK, C_RNTI, 70, release)));
        // The same RNTI later gets a new connection: its SRB1 starts again at SN 0.
        assertEquals("DL-CCCH DL 70 " + Hex.of(SETUP) + ";", accept(2, framed(DOWNLINK, C_RNTI, 70,
                concat(bytes(0x00), SETUP))));
        byte[] first = concat(bytes(0x01), amd(0, 0, pdcp(0, Hex.bytes("0800183aa808"), 0)));
        assertEquals("DL-DCCH DL 70 0800183aa808;", accept(3, framed(DOWNLINK, C_RNTI, 70, first)));
        assertEquals(List.of(), sink.drops());
        // Without the CCCH, SN 0 after SN 7 would be a retransmission of an old PDU.
        MacLteExtractor other = new MacLteExtractor(sink);
        other.accept(ref(4), buffer(framed(DOWNLINK, C_RNTI, 71, release)));
        assertEquals(List.of(), other.accept(ref(5), buffer(framed(DOWNLINK, C_RNTI, 71, first))));
        assertEquals(List.of("rlc-am.duplicate"), sink.drops());
    }

    @Test
    void whatIsNotSignallingIsReportedNotDecoded() {
        assertEquals("", accept(1, framed(DOWNLINK, 2, 2, Hex.bytes("62 00 11 94 0c 00 46"))));
        assertEquals("", accept(2, framed(DOWNLINK, C_RNTI, 70, Hex.bytes("23 02 1f 00 00 00"))));
        assertEquals("", accept(3, framed(DOWNLINK, C_RNTI, 70, concat(bytes(0x01), FrameBytes.status(3)))));
        assertEquals("", accept(4, framed(DOWNLINK, C_RNTI, 70, Hex.bytes("3d 1f 1f 00"))));
        assertEquals("", accept(5, framed(DOWNLINK, 9, 0xfff9, bytes(0x01))));
        byte[] crcFailed = Hex.bytes("01 01 04 07 00 01 40 64");
        assertEquals("", accept(6, crcFailed));
        assertEquals(List.of("mac-lte.rar", "mac-lte.drb", "rlc-am.status", "mac-lte.control-only",
                "mac-lte.rnti-type.unsupported", "mac-lte.crc-failed"), sink.drops());
        assertEquals(List.of(), sink.reasons(RecordingSink.Kind.MALFORMED));
    }

    @Test
    void malformedInputIsReportedWithItsReason() {
        assertEquals("", accept(1, framed(UPLINK, 4, 0xffff, SIB1)));
        assertEquals("", accept(2, framed(DOWNLINK, C_RNTI, 70, Hex.bytes("21 0d 1f a0 00"))));
        assertEquals("", accept(3, framed(DOWNLINK, C_RNTI, 70, Hex.bytes("01 10 04"))));
        assertEquals("", accept(4, framed(DOWNLINK, C_RNTI, 70, concat(bytes(0x01), amd(0, 0, bytes(0x00, 0x01))))));
        assertEquals("", accept(5, Hex.bytes("01 01 03 12")));
        assertEquals(List.of("mac-lte.context.direction", "mac-lte.sch.truncated", "rlc-am.cpt-reserved",
                "pdcp-srb.truncated", "mac-lte.tag.unknown"), sink.reasons(RecordingSink.Kind.MALFORMED));
    }

    @Test
    void theUdpFormYieldsWhatTheFramedFormDoes() {
        byte[] framed = framed(DOWNLINK, 4, 0xffff, SIB1);
        assertEquals(accept(1, framed), describe(extractor.acceptUdp(ref(2), buffer(FrameBytes.udp(framed)))));
        assertEquals("", describe(extractor.acceptUdp(ref(3), buffer(framed))));
        assertEquals(List.of("mac-lte.udp.signature"), sink.reasons(RecordingSink.Kind.MALFORMED));
    }
}
