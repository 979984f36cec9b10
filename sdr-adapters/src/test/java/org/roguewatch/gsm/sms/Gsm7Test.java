package org.roguewatch.gsm.sms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Gsm7Test {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void hellohelloPacksToTheWellKnownOctets() {
        // The usual worked example of TS 23.038 6.1.2.1 packing: 10 septets in 9 octets.
        assertEquals("e8329bfd4697d9ec37", HEX.formatHex(Gsm7.encode("hellohello", 0)));
        assertEquals("hellohello", Gsm7.decode(HEX.parseHex("e8329bfd4697d9ec37"), 0, 10));
    }

    @Test
    void sevenCharactersFillTheSpareBitsWithCarriageReturn() {
        byte[] packed = Gsm7.encode("1234567", 0);
        assertEquals(7, packed.length);
        assertEquals(0x0D, (packed[6] & 0xff) >>> 1, "the 7 spare bits carry CR, not '@'");
        assertEquals("1234567", Gsm7.decode(packed, 0, 7));
        assertEquals("1234567\r", Gsm7.decode(packed, 0, 8), "a reader counting septets from octets sees CR");
    }

    @Test
    void eightCharactersFillSevenOctetsWithoutPadding() {
        byte[] packed = Gsm7.encode("12345678", 0);
        assertEquals(7, packed.length);
        assertEquals("12345678", Gsm7.decode(packed, 0, 8));
    }

    @Test
    void oneHundredSixtyCharactersFillOneHundredFortyOctets() {
        String text = "The quick brown fox jumps over the lazy dog @ 0123456789 ".repeat(3).substring(0, 160);
        byte[] packed = Gsm7.encode(text, 0);
        assertEquals(140, packed.length);
        assertEquals(text, Gsm7.decode(packed, 0, 160));
    }

    @Test
    void atSignAtTheEndSurvivesBecauseTheSeptetCountIsKnown() {
        byte[] packed = Gsm7.encode("abcdef@", 0);
        assertEquals("abcdef@", Gsm7.decode(packed, 0, 7));
        byte[] eight = Gsm7.encode("abcdefg@", 0);
        assertEquals(7, eight.length);
        assertEquals(0, (eight[6] & 0xff) >>> 1, "'@' is septet 0 in the last 7 bits");
        assertEquals("abcdefg@", Gsm7.decode(eight, 0, 8));
    }

    @Test
    void carriageReturnAsLastOfEightCharactersIsKeptAsText() {
        assertEquals("abcdefg\r", Gsm7.decode(Gsm7.encode("abcdefg\r", 0), 0, 8));
    }

    @Test
    void extensionCharactersTakeAnEscapeAndACode() {
        assertArrayEquals(new byte[] {0x1B, 0x65}, Gsm7.toSeptets("\u20ac"));
        assertArrayEquals(new byte[] {0x1B, 0x28}, Gsm7.toSeptets("{"));
        assertArrayEquals(new byte[] {0x1B, 0x0A}, Gsm7.toSeptets("\f"));
        assertEquals(5, Gsm7.septetCount("a\u20ac{"));
        String text = "\u20ac{}[]~^|\\\f";
        assertEquals(text, Gsm7.fromSeptets(Gsm7.toSeptets(text)));
    }

    @Test
    void everyCharacterOfBothTablesRoundTrips() {
        StringBuilder all = new StringBuilder();
        for (int septet = 0; septet < 128; septet++) {
            if (septet != Gsm7.ESCAPE) {
                all.append(Gsm7.fromSeptets(new byte[] {(byte) septet}));
            }
        }
        all.append("\f^{}\\[~]|\u20ac");
        assertEquals(127 + 10, all.length());
        assertTrue(Gsm7.canEncode(all));
        assertEquals(all.toString(), Gsm7.decode(Gsm7.encode(all, 0), 0, Gsm7.septetCount(all)));
    }

    @Test
    void defaultTableFollowsTs23038() {
        assertEquals("@\u00a3$\u00a5", Gsm7.fromSeptets(new byte[] {0x00, 0x01, 0x02, 0x03}));
        assertEquals("\u00c7", Gsm7.fromSeptets(new byte[] {0x09}), "0x09 is capital C cedilla");
        assertEquals("\u0394_\u00a4\u00a1\u00a7\u00bf\u00e0",
                Gsm7.fromSeptets(new byte[] {0x10, 0x11, 0x24, 0x40, 0x5F, 0x60, 0x7F}));
    }

    @Test
    void undefinedExtensionCodeShowsTheDefaultTableCharacter() {
        assertEquals("aAb", Gsm7.fromSeptets(new byte[] {'a', 0x1B, 'A', 'b'}));
    }

    @Test
    void doubleEscapeAndTrailingEscapeShowSpaces() {
        assertEquals("a x ", Gsm7.fromSeptets(new byte[] {'a', 0x1B, 0x1B, 'x', 0x1B}));
    }

    @Test
    void charactersOutsideBothTablesCannotBeEncoded() {
        assertFalse(Gsm7.canEncode("\u60a8\u597d"));
        assertFalse(Gsm7.canEncode("`"));
        assertFalse(Gsm7.canEncode("\u00e7"), "only the capital C cedilla is in the table");
        assertTrue(Gsm7.canEncode("\u00c4\u20ac"));
        assertThrows(IllegalArgumentException.class, () -> Gsm7.toSeptets("\u4e2d"));
    }

    @Test
    void septetOffsetLeavesRoomForTheHeaderAndItsFillBits() {
        // A 6-octet UDH takes 48 bits; 1 fill bit brings the text to septet 7 (bit 49).
        byte[] packed = Gsm7.encode("hi", 7);
        assertEquals(Gsm7.packedLength(7, 2), packed.length);
        for (int i = 0; i < 6; i++) {
            assertEquals(0, packed[i]);
        }
        assertEquals(0, packed[6] & 0x01, "the fill bit is zero");
        assertEquals("hi", Gsm7.decode(packed, 7, 2));
    }

    @Test
    void unpackRefusesToReadPastTheOctets() {
        assertThrows(IllegalArgumentException.class, () -> Gsm7.unpack(new byte[7], 0, 9));
        assertEquals(8, Gsm7.unpack(new byte[7], 0, 8).length);
    }
}
