package org.roguewatch.spectrum.rds;

/**
 * The RDS block code (IEC 62106 clause B.2, Annex A): a 26-bit block is 16 information bits, most
 * significant first, and a 10-bit checkword, the remainder of {@code m(x)·x^10} modulo
 * {@code g(x) = x^10 + x^8 + x^7 + x^5 + x^4 + x^3 + 1}, to which the block's offset word is added.
 */
public final class RdsBlocks {
    static final int GENERATOR = 0x5B9;
    /** Offset words of blocks A, B, C, C' and D. */
    public static final int OFFSET_A = 0x0FC;
    public static final int OFFSET_B = 0x198;
    public static final int OFFSET_C = 0x168;
    public static final int OFFSET_C_PRIME = 0x350;
    public static final int OFFSET_D = 0x1B4;

    private RdsBlocks() {
    }

    /** The checkword of a 16-bit information word, before the offset. */
    public static int checkword(int information) {
        int register = (information & 0xffff) << 10;
        for (int bit = 25; bit >= 10; bit--) {
            if ((register & (1 << bit)) != 0) {
                register ^= GENERATOR << (bit - 10);
            }
        }
        return register & 0x3ff;
    }

    /** The offset word a received 26-bit block carries (its checkword minus the expected one), 0..0x3ff. */
    public static int offsetOf(int block) {
        return checkword(block >>> 10) ^ (block & 0x3ff);
    }
}
