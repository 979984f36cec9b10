package org.roguewatch.gsm;

import org.roguewatch.decode.Octets;

/**
 * Telephony BCD digit strings (TS 24.008 10.5.1.4, TS 29.002 TBCD-STRING): two digits per octet,
 * low nibble first, 0xF as filler.
 */
public final class Tbcd {
    private static final char[] DIGITS = "0123456789*#abc".toCharArray();

    private Tbcd() {
    }

    public static char digit(int nibble, Octets in, String field) {
        if (nibble > 14) {
            throw in.error("bad-digit", field + " has filler 0xF where a digit is required");
        }
        return DIGITS[nibble];
    }

    /** Appends both digits of each octet (low nibble first), stopping at a 0xF filler nibble. */
    public static void appendDigits(StringBuilder out, Octets in, int octets, String field) {
        for (int i = 0; i < octets; i++) {
            int octet = in.u8(field);
            int low = octet & 0x0f;
            int high = octet >>> 4;
            if (low == 0x0f) {
                return;
            }
            out.append(DIGITS[low]);
            if (high == 0x0f) {
                return;
            }
            out.append(DIGITS[high]);
        }
    }
}
