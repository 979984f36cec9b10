package org.roguewatch.lte.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.Decoded;
import org.roguewatch.testing.Hex;

/** PDCP Data PDUs of SRBs (TS 36.323 6.2.2): the 5-bit SN octet and the 4-octet MAC-I come off. */
class PdcpSrbDecoderTest {
    @Test
    void headerAndMacIAreStripped() {
        // A real SRB1 PDU (DLInformationTransfer with Identity request), MAC-I zero before security.
        PdcpSrbPdu pdu = PdcpSrbDecoder.decode(Hex.buffer("00 0800183aa808 00000000")).valueOrNull();
        assertEquals(0, pdu.sn());
        assertEquals("0800183aa808", hex(pdu.rrc()));
        assertEquals(0, pdu.macI());
    }

    @Test
    void theSnIsFiveBitsAndTheReservedBitsAreIgnored() {
        PdcpSrbPdu pdu = PdcpSrbDecoder.decode(ByteBuffer.wrap(FrameBytes.pdcp(0x17, Hex.bytes("2802"), 0x257b8b7e)))
                .valueOrNull();
        assertEquals(0x17, pdu.sn());
        assertEquals(0x257b8b7eL, pdu.macI());
        assertEquals(0x07, PdcpSrbDecoder.decode(Hex.buffer("e7 2802 257b8b7e")).valueOrNull().sn());
    }

    @Test
    void aPduTooShortForAMessageAndItsMacIIsTruncated() {
        for (String hex : new String[] {"", "07", "07 257b8b7e", "07 257b8b"}) {
            Decoded.Malformed<?> bad = assertInstanceOf(Decoded.Malformed.class,
                    PdcpSrbDecoder.decode(Hex.buffer(hex)), hex);
            assertEquals("pdcp-srb.truncated", bad.reason(), hex);
        }
    }

    private static String hex(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return Hex.of(out);
    }
}
