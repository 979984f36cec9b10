package org.roguewatch.registry;

/** Number syntax shared by the plan and settings parsers: plain decimal text, nothing Java-specific. */
final class Numbers {
    private Numbers() {
    }

    /**
     * Whether {@code text[from, to)} is a plain decimal number: an optional sign, digits with at most
     * one point, an optional exponent. Unlike {@link Double#parseDouble} it refuses "NaN",
     * "Infinity", hexadecimal and a trailing 'd' or 'f', none of which belongs in a plan or a setting.
     */
    static boolean isDecimal(CharSequence text, int from, int to) {
        int pos = from;
        if (pos < to && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
            pos++;
        }
        int digits = 0;
        boolean point = false;
        for (; pos < to; pos++) {
            char c = text.charAt(pos);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (pos < to && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < to && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            int exponentDigits = 0;
            for (; pos < to && text.charAt(pos) >= '0' && text.charAt(pos) <= '9'; pos++) {
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return pos == to;
    }

    /** Exact powers of ten as doubles: 10^22 is the largest a double holds exactly. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long MAX_EXACT_MANTISSA = 1L << 53;

    /**
     * The value of text that {@link #isDecimal} accepted, equal to {@link Double#parseDouble}'s.
     * Plan coordinates and powers ("51.22740", "61.5") take a fast path: when the digits form an
     * integer below 2^53 and there are at most 22 decimals, both that integer and the power of ten
     * are exact doubles, so one IEEE division gives the correctly rounded result (Clinger's fast
     * path). Anything else goes to the JDK parser.
     */
    static double parseDecimal(CharSequence text, int from, int to) {
        int pos = from;
        boolean negative = false;
        if (text.charAt(pos) == '+' || text.charAt(pos) == '-') {
            negative = text.charAt(pos) == '-';
            pos++;
        }
        long mantissa = 0;
        int decimals = -1;
        for (; pos < to; pos++) {
            char c = text.charAt(pos);
            if (c == '.') {
                decimals = 0;
            } else if (c >= '0' && c <= '9' && mantissa < MAX_EXACT_MANTISSA / 10) {
                mantissa = mantissa * 10 + (c - '0');
                decimals += decimals >= 0 ? 1 : 0;
            } else {
                return Double.parseDouble(text.subSequence(from, to).toString()); // exponent or many digits
            }
        }
        if (decimals >= POWERS_OF_TEN.length) {
            return Double.parseDouble(text.subSequence(from, to).toString());
        }
        double value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
        return negative ? -value : value;
    }

    static boolean isDecimal(String text) {
        return isDecimal(text, 0, text.length());
    }

    /** A value for an error message: quoted, one line, cut short when long. */
    static String quote(CharSequence value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), 42) + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            if (i == 40) {
                out.append("...");
                break;
            }
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.append('\'').toString();
    }
}
