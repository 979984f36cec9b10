package org.roguewatch.sim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** RDS checkwords against the generator matrix of IEC 62106 Annex B, and the layout of a group 0A. */
class RdsEncoderTest {
    @Test
    void checkwordsOfSingleBitsAreTheRowsOfTheGeneratorMatrix() {
        // First and last rows of the standard's 16 x 26 generator matrix: the checkwords of
        // information words 1000...0 and 0000...1.
        assertEquals(0x077, RdsEncoder.checkword(0x8000));
        assertEquals(0x1B9, RdsEncoder.checkword(0x0001));
        assertEquals(0, RdsEncoder.checkword(0));
        // The code is linear: a word's checkword is the XOR of its bits' rows.
        assertEquals(RdsEncoder.checkword(0x8000) ^ RdsEncoder.checkword(0x0001), RdsEncoder.checkword(0x8001));
    }

    @Test
    void groupZeroACarriesPiPsAndOffsets() {
        boolean[] bits = RdsEncoder.group0A(0xD392, "WDR 2", 1);
        assertEquals(104, bits.length);
        int a = word(bits, 0);
        int d = word(bits, 3);
        assertEquals(0xD392, a >>> 10);
        assertEquals(RdsEncoder.checkword(0xD392) ^ RdsEncoder.OFFSET_A, a & 0x3ff);
        assertEquals("R ", new String(new char[] {(char) (d >>> 18), (char) ((d >>> 10) & 0xff)}), "PS characters 2 and 3");
        assertEquals(1, (word(bits, 1) >>> 10) & 3, "segment address");
        assertEquals(0, (word(bits, 1) >>> 22) & 0xf, "group type 0");
    }

    private static int word(boolean[] bits, int block) {
        int word = 0;
        for (int i = 0; i < 26; i++) {
            word = word << 1 | (bits[26 * block + i] ? 1 : 0);
        }
        return word;
    }
}
