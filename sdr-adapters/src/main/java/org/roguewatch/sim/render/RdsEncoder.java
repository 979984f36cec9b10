package org.roguewatch.sim.render;

import java.nio.charset.StandardCharsets;
import org.roguewatch.spectrum.rds.RdsBlocks;

/**
 * RDS baseband data (IEC 62106 / EN 50067 clause 2): type 0A groups carrying the programme
 * identification (PI) and the 8-character programme service name (PS), each of the four 26-bit
 * blocks being 16 information bits and a 10-bit checkword — the remainder of the information word
 * times x^10 divided by g(x) = x^10 + x^8 + x^7 + x^5 + x^4 + x^3 + 1 — plus the block's offset
 * word (Annex A: A 0x0FC, B 0x198, C 0x168, D 0x1B4).
 */
public final class RdsEncoder {
    /** 1187.5 bit/s: the 57 kHz subcarrier divided by 48. */
    public static final double BIT_RATE = 57_000.0 / 48;
    static final int OFFSET_A = RdsBlocks.OFFSET_A;
    static final int OFFSET_B = RdsBlocks.OFFSET_B;
    static final int OFFSET_C = RdsBlocks.OFFSET_C;
    static final int OFFSET_D = RdsBlocks.OFFSET_D;
    /** AF pair of block C: 224 "no AF exists", 205 filler (clause 3.2.1.6). */
    private static final int NO_AF = 224 << 8 | 205;

    private RdsEncoder() {
    }

    /** The 10-bit checkword of a 16-bit information word, before the offset is added. */
    public static int checkword(int information) {
        return RdsBlocks.checkword(information);
    }

    /** One 26-bit block, most significant bit first. */
    static int block(int information, int offset) {
        return (information & 0xffff) << 10 | (checkword(information) ^ offset);
    }

    /**
     * The 104 bits of group 0A number {@code segment} (0..3): PI; group type 0A, TP 0, PTY 0,
     * TA 0, music, decoder identification bit of the segment, the segment address; no AF; and
     * characters {@code 2 segment}, {@code 2 segment + 1} of the PS name (Latin-1, space-padded).
     */
    public static boolean[] group0A(int pi, String ps, int segment) {
        byte[] name = String.format("%-8.8s", ps).getBytes(StandardCharsets.ISO_8859_1);
        int b = (0 << 12) | (0 << 11) | (1 << 3) | (segment & 3);
        int d = (name[2 * segment] & 0xff) << 8 | (name[2 * segment + 1] & 0xff);
        int[] blocks = {block(pi, OFFSET_A), block(b, OFFSET_B), block(NO_AF, OFFSET_C), block(d, OFFSET_D)};
        boolean[] bits = new boolean[104];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 26; j++) {
                bits[26 * i + j] = (blocks[i] >>> (25 - j) & 1) != 0;
            }
        }
        return bits;
    }
}
