package org.roguewatch.spectrum.sweep;

import org.roguewatch.decode.DecodeException;

/**
 * Walks the comma-separated fields of one line without splitting it into strings, trimming the
 * blanks both tools print after each comma. Numbers are parsed in place; anything that is not a
 * number throws {@link DecodeException} with the field's column, for the parser's entry point to catch.
 */
final class CsvFields {
    private static final double[] POWERS_OF_TEN = new double[23];
    /** 10^15 < 2^53: a mantissa of at most 15 digits is an exact double, so m / 10^k is correctly rounded. */
    private static final int EXACT_DIGITS = 15;

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private final String line;
    private int next;
    private int start;
    private int end;
    private int index = -1;

    CsvFields(String line) {
        this.line = line;
    }

    /** Advances to the next field; false when the line has no more. */
    boolean advance() {
        if (next > line.length()) {
            return false;
        }
        int comma = line.indexOf(',', next);
        int stop = comma < 0 ? line.length() : comma;
        int s = next;
        int e = stop;
        while (s < e && isBlank(line.charAt(s))) {
            s++;
        }
        while (e > s && isBlank(line.charAt(e - 1))) {
            e--;
        }
        start = s;
        end = e;
        next = stop + 1;
        index++;
        return true;
    }

    /** Fields after the current one (the line is scanned for commas). */
    int remaining() {
        if (next > line.length()) {
            return 0;
        }
        int count = 1;
        for (int i = next; i < line.length(); i++) {
            if (line.charAt(i) == ',') {
                count++;
            }
        }
        return count;
    }

    /** 0-based index of the current field. */
    int index() {
        return index;
    }

    /** Character offset of the current field in the line. */
    int column() {
        return start;
    }

    String text() {
        return line.substring(start, end);
    }

    boolean isEmpty() {
        return start == end;
    }

    /** The current field as a non-negative integer (digits only). */
    long nonNegativeLong(String reason, String what) {
        if (start == end || end - start > 18) {
            throw fail(reason, what + " '" + clipped() + "' is not an integer");
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                throw fail(reason, what + " '" + clipped() + "' is not an integer");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * The current field as a decimal number. Accepts what C's {@code printf("%.2f")} prints, including
     * {@code inf}, {@code -inf} and {@code nan} (rtl_power prints them for empty bins), and plain
     * exponent forms; rejects everything else (Java-only spellings such as {@code Infinity} or {@code 1f}).
     */
    double decimal(String reason, String what) {
        double fast = fastDecimal();
        if (!Double.isNaN(fast)) {
            return fast;
        }
        return slowDecimal(reason, what);
    }

    /** Digits with an optional sign and point and at most {@value #EXACT_DIGITS} digits; NaN otherwise. */
    private double fastDecimal() {
        int i = start;
        boolean negative = false;
        if (i < end && (line.charAt(i) == '-' || line.charAt(i) == '+')) {
            negative = line.charAt(i) == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < end; i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > EXACT_DIGITS) {
                    return Double.NaN;
                }
                mantissa = mantissa * 10 + (c - '0');
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        double value = fraction > 0 ? mantissa / POWERS_OF_TEN[fraction] : mantissa;
        return negative ? -value : value;
    }

    private double slowDecimal(String reason, String what) {
        String text = text();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        switch (lower) {
            case "inf", "+inf" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf" -> {
                return Double.NEGATIVE_INFINITY;
            }
            case "nan", "-nan", "+nan" -> {
                return Double.NaN;
            }
            default -> {
                // only the characters of a C decimal or exponent form; Java would also take "1d", "0x1p3"
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                        throw fail(reason, what + " '" + clipped() + "' is not a number");
                    }
                }
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw fail(reason, what + " '" + clipped() + "' is not a number");
                }
            }
        }
    }

    DecodeException fail(String reason, String detail) {
        return new DecodeException(reason, start, detail + " (field " + (index + 1) + ", column " + (start + 1) + ")");
    }

    /** The field for an error message, cut to a readable length. */
    String clipped() {
        String text = text();
        return text.length() <= 24 ? text : text.substring(0, 21) + "...";
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
