package org.roguewatch.gsm.sms;

/** Message class from the data coding scheme (TS 23.038 clause 4). */
public enum MessageClass {
    /** No class given: the MS stores the message as it normally would. */
    NONE,
    /** Class 0, "flash": shown at once and not stored unless the user asks. */
    CLASS_0,
    /** Class 1: ME-specific. */
    CLASS_1,
    /** Class 2: (U)SIM-specific; with 8-bit data this is how SIM data download travels. */
    CLASS_2,
    /** Class 3: TE-specific. */
    CLASS_3;

    /** The class for the two class bits 1-0. */
    public static MessageClass ofBits(int bits) {
        return values()[1 + (bits & 0x03)];
    }

    /** The two class bits; only meaningful for a class other than {@link #NONE}. */
    public int bits() {
        if (this == NONE) {
            throw new IllegalStateException("no message class");
        }
        return ordinal() - 1;
    }
}
