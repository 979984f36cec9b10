package org.roguewatch.lte.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.Decoded;
import org.roguewatch.lte.mac.MacSubPdu.Kind;
import org.roguewatch.testing.Hex;

/**
 * DL-SCH and UL-SCH sub-headers (TS 36.321 6.1.2, 6.2.1): each L form, fixed-size control elements
 * by Tables 6.2.1-1 and 6.2.1-2, variable ones by their L, eLCID, padding at either end. Each case
 * is written as "LCID:kind:body hex" per part.
 */
class SchDemultiplexerTest {
    private static final boolean DL = false;
    private static final boolean UL = true;

    private static List<String> parts(String hex, boolean uplink) {
        Decoded<List<MacSubPdu>> decoded = SchDemultiplexer.demultiplex(Hex.buffer(hex), uplink);
        assertInstanceOf(Decoded.Ok.class, decoded, decoded::toString);
        return decoded.valueOrNull().stream()
                .map(p -> p.lcid() + ":" + p.kind() + ":" + Hex.of(content(p.body()))).toList();
    }

    private static Decoded.Malformed<?> malformed(String hex, boolean uplink) {
        return assertInstanceOf(Decoded.Malformed.class, SchDemultiplexer.demultiplex(Hex.buffer(hex), uplink));
    }

    @Test
    void sevenBitLengthThenPaddingToTheEnd() {
        // E=1 LCID 1, F=0 L=3; E=0 padding: the remaining 2 bytes are padding.
        assertEquals(List.of("1:SDU:a00000", "31:PADDING:0000"), parts("21 03 1f a0 00 00 00 00", DL));
    }

    @Test
    void fifteenBitLength() {
        String body = "ab".repeat(200);
        // E=1 LCID 3, F=1 L=200 (0x00c8 in 15 bits), then the last sub-header LCID 2 takes the rest.
        assertEquals(List.of("3:SDU:" + body, "2:SDU:cdcd"), parts("23 80 c8 02 " + body + " cdcd", DL));
    }

    @Test
    void sixteenBitLengthWhenFormat2IsSet() {
        String body = "5a".repeat(300);
        // R=0 F2=1 E=1 LCID 3: a 16-bit L (300) follows with no F bit.
        assertEquals(List.of("3:SDU:" + body, "31:PADDING:00"), parts("63 01 2c 1f " + body + " 00", DL));
    }

    @Test
    void theLastSduTakesWhatIsLeft() {
        assertEquals(List.of("0:SDU:60129b2e"), parts("00 60 12 9b 2e", DL));
    }

    @Test
    void downlinkControlElementsAreSkippedByTheirTableSize() {
        // Contention resolution (28, 6 octets), timing advance (29, 1), DRX command (30, 0),
        // long DRX (26, 0), activation (27, 1), then SRB1 with L=2 and padding.
        assertEquals(List.of("28:CONTROL:558312643 6c6".replace(" ", ""), "29:CONTROL:1f", "30:CONTROL:",
                "26:CONTROL:", "27:CONTROL:02", "1:SDU:0004", "31:PADDING:"),
                parts("3c 3d 3e 3a 3b 21 02 1f 55 83 12 64 36 c6 1f 02 00 04", DL));
    }

    @Test
    void uplinkControlElementsAreSkippedByTheirTableSize() {
        // C-RNTI (27, 2 octets), long BSR (30, 3), PHR (26, 1), short BSR (29, 1), truncated BSR
        // (28, 1), then the UL CCCH message as the last SDU.
        assertEquals(List.of("27:CONTROL:0046", "30:CONTROL:000000", "26:CONTROL:3a", "29:CONTROL:01",
                "28:CONTROL:02", "0:SDU:4d2a"), parts("3b 3e 3a 3d 3c 00 0046 000000 3a 01 02 4d 2a", UL));
    }

    @Test
    void variableSizeControlElementsCarryAnL() {
        // Extended PHR (UL LCID 25) with L=3, then SRB2 as the last SDU.
        assertEquals(List.of("25:CONTROL:112233", "2:SDU:a0"), parts("39 03 02 112233 a0", UL));
        // Activation/Deactivation of CSI-RS (DL LCID 21) with L=1, then padding.
        assertEquals(List.of("21:CONTROL:80", "31:PADDING:"), parts("35 01 1f 80", DL));
    }

    @Test
    void extendedLogicalChannelIdsStandFor32Up() {
        // LCID 16 with E=1, the eLCID octet (R/R/eLCID = 2), F/L = 4, then padding.
        assertEquals(List.of("34:SDU:01020304", "31:PADDING:ff"), parts("30 02 04 1f 01020304 ff", DL));
    }

    @Test
    void oneOrTwoPaddingSubHeadersComeFirst() {
        // Single-byte padding (one padding sub-header, E=1) then the only SDU: a real frame's layout.
        assertEquals(List.of("31:PADDING:", "3:SDU:0c7a"), parts("3f 03 0c 7a", DL));
        assertEquals(List.of("31:PADDING:", "31:PADDING:", "3:SDU:0c7a"), parts("3f 3f 03 0c 7a", DL));
    }

    @Test
    void bytesAfterALastFixedSizeControlElementAreIgnored() {
        assertEquals(List.of("29:CONTROL:05"), parts("1d 05 00 00", DL));
    }

    @Test
    void reservedLcidsCannotBeSizedAndSaySo() {
        Decoded.Malformed<?> downlink = malformed("21 02 0b 00 04 00", DL);
        assertEquals("mac-lte.sch.lcid-reserved", downlink.reason());
        assertEquals(2, downlink.offset());
        assertEquals("mac-lte.sch.lcid-reserved", malformed("0e 00", UL).reason());
        assertEquals("mac-lte.sch.lcid-reserved", malformed("0b 00", DL).reason(), "11 is a UL CCCH code only");
        assertEquals(List.of("11:SDU:00"), parts("0b 00", UL));
    }

    @Test
    void lengthsPastTheEndAreTruncation() {
        assertEquals("mac-lte.sch.truncated", malformed("21 0d 1f a0 00", DL).reason());
        assertEquals("mac-lte.sch.truncated", malformed("21", DL).reason(), "no L field");
        assertEquals("mac-lte.sch.truncated", malformed("23 80", DL).reason(), "15-bit L cut");
        assertEquals("mac-lte.sch.truncated", malformed("3c 55 83", DL).reason(), "6-octet CE cut");
        assertEquals("mac-lte.sch.truncated", malformed("", DL).reason());
    }

    private static byte[] content(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }
}
