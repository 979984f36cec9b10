package org.roguewatch.lte.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roguewatch.lte.mac.FrameBytes.buffer;
import static org.roguewatch.lte.mac.FrameBytes.bytes;
import static org.roguewatch.lte.mac.FrameBytes.concat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.Decoded;
import org.roguewatch.testing.Hex;

/** The MAC-LTE context (Wireshark packet-mac-lte.h): fixed octets, every tag by its size, both entry points. */
class MacLteFramingTest {
    private static MacLteFrame ok(Decoded<MacLteFrame> decoded) {
        assertInstanceOf(Decoded.Ok.class, decoded, decoded::toString);
        return decoded.valueOrNull();
    }

    private static Decoded.Malformed<MacLteFrame> malformed(Decoded<MacLteFrame> decoded) {
        @SuppressWarnings("unchecked")
        Decoded.Malformed<MacLteFrame> bad = assertInstanceOf(Decoded.Malformed.class, decoded, decoded::toString);
        return bad;
    }

    @Test
    void fixedOctetsAndTheTagsSrsranWritesAreRead() {
        // FDD, downlink, C-RNTI; RNTI 70, UEId 0, SFN 564 SF 8, CRC OK, carrier 0, NB mode 0, payload.
        MacLteFrame frame = ok(MacLteFraming.framed(
                Hex.buffer("01 01 03 02 0046 03 0000 04 2348 07 01 0a 00 0f 00 01 3c")));
        MacLteContext context = frame.context();
        assertEquals(MacLteContext.FDD, context.radioType());
        assertFalse(context.uplink());
        assertEquals(RntiType.C_RNTI, context.rntiType());
        assertEquals(70, context.rnti());
        assertEquals(0, context.ueId());
        assertEquals(564, context.sfn());
        assertEquals(8, context.subframe());
        assertEquals(MacLteContext.CRC_OK, context.crcStatus());
        assertFalse(context.crcFailed());
        assertFalse(context.nbIot());
        assertEquals("3c", Hex.of(content(frame.pdu())));
    }

    @Test
    void optionalTagsMayBeAbsent() {
        MacLteContext context = ok(MacLteFraming.framed(Hex.buffer("02 00 04 01 ab"))).context();
        assertEquals(MacLteContext.TDD, context.radioType());
        assertTrue(context.uplink());
        assertEquals(RntiType.SI_RNTI, context.rntiType());
        assertEquals(MacLteContext.ABSENT, context.rnti());
        assertEquals(MacLteContext.ABSENT, context.sfn());
        assertEquals(MacLteContext.ABSENT, context.crcStatus());
        assertFalse(context.crcFailed(), "no CRC tag: taken as good");
    }

    @Test
    void everyTagIsSteppedOverByTheSizeItsCodeImplies() {
        byte[] context = concat(bytes(0x01, 0x00, 0x03),
                bytes(0x05, 0x00),                   // predefined data: no
                bytes(0x06, 0x02),                   // retx count 2
                bytes(0x08),                         // extended BSR sizes: no value
                bytes(0x09, 0x22, 0x01),             // preamble sent: RAPID, attempt
                bytes(0x0a, 0x01),                   // carrier id
                bytes(0x0b, 0x06, 1, 2, 3, 4, 5, 6), // UL PHY attributes: length then 6 octets
                bytes(0x0c, 0x0d),                   // simultaneous PUCCH/PUSCH flags
                bytes(0x0e, 0x00),                   // CE mode
                bytes(0x10, 0x32),                   // 50 UL resource blocks
                bytes(0x11, 0x00, 0x02, 0, 1, 0, 70, 0, 2, 0, 71), // two SR items: (UEId, RNTI) each
                bytes(0x07, 0x00),                   // CRC status: failed
                bytes(0x01, 0x99));
        MacLteFrame frame = ok(MacLteFraming.framed(ByteBuffer.wrap(context)));
        assertEquals(2, frame.context().retx());
        assertTrue(frame.context().crcFailed());
        assertEquals("99", Hex.of(content(frame.pdu())));
    }

    @Test
    void nbIotAndPredefinedDataAreFlagged() {
        assertTrue(ok(MacLteFraming.framed(Hex.buffer("01 01 03 0f 01 01 00"))).context().nbIot());
        assertTrue(ok(MacLteFraming.framed(Hex.buffer("01 01 03 05 01 01 00"))).context().predefinedData());
    }

    @Test
    void theUdpFormStartsWithTheSignature() {
        byte[] framed = Hex.bytes("01 01 04 02 ffff 01 40 64");
        MacLteFrame frame = ok(MacLteFraming.udp(buffer(FrameBytes.udp(framed))));
        assertEquals(RntiType.SI_RNTI, frame.context().rntiType());
        assertEquals(0xffff, frame.context().rnti());
        assertEquals("4064", Hex.of(content(frame.pdu())));
        assertTrue(MacLteFraming.hasUdpSignature(buffer(FrameBytes.udp(framed))));
        assertFalse(MacLteFraming.hasUdpSignature(buffer(framed)));
        assertFalse(MacLteFraming.hasUdpSignature(Hex.buffer("6d 61 63 2d 6c 74")), "mac-lt");
        assertEquals("mac-lte.udp.signature", malformed(MacLteFraming.udp(buffer(framed))).reason());
    }

    @Test
    void badContextsSayWhy() {
        assertEquals("mac-lte.context.truncated", framedReason("01 01"));
        assertEquals("mac-lte.context.truncated", framedReason("01 01 03 02 00"));
        assertEquals("mac-lte.context.truncated", framedReason("01 01 03 07 01"), "no payload tag");
        assertEquals("mac-lte.context.radio-type", framedReason("03 01 03 01 00"));
        assertEquals("mac-lte.context.direction", framedReason("01 02 03 01 00"));
        assertEquals("mac-lte.context.rnti-type", framedReason("01 01 0b 01 00"));
        Decoded.Malformed<MacLteFrame> unknown = malformed(MacLteFraming.framed(Hex.buffer("01 01 03 07 01 12 00 01")));
        assertEquals("mac-lte.tag.unknown", unknown.reason());
        assertEquals(5, unknown.offset());
        assertEquals("mac-lte.pdu.empty", framedReason("01 01 03 01"));
        assertEquals("mac-lte.context.truncated", framedReason("01 01 03 0b 07 01 02 01"), "PHY length past the end");
    }

    private static String framedReason(String hex) {
        return malformed(MacLteFraming.framed(Hex.buffer(hex))).reason();
    }

    private static byte[] content(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }
}
