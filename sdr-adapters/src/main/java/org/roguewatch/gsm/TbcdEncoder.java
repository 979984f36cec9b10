package org.roguewatch.gsm;

/**
 * The writing side of {@link Tbcd}: a digit character back to its semi-octet (TS 24.008 10.5.1.4
 * table 10.5.4, TS 29.002 TBCD-STRING). Only the 15 digit codes the decoder yields are accepted;
 * 0xF is the filler and never a digit.
 */
final class TbcdEncoder {
    private static final String DIGITS = "0123456789*#abc";

    private TbcdEncoder() {
    }

    static int nibble(char digit, String field) {
        int code = DIGITS.indexOf(digit);
        if (code < 0) {
            throw new IllegalArgumentException(field + ": '" + digit + "' is not a TBCD digit (0-9 * # a b c)");
        }
        return code;
    }
}
