package org.roguewatch.registry;

/**
 * Typed values out of one field of a {@link CsvLine}, read in place without regular expressions or
 * substrings (the plan loader calls this about ten times per row). Problems name the field.
 */
final class FieldParser {
    /** Beyond this a value is out of every plan column's range, and accumulating more could overflow. */
    private static final long TOO_LARGE = 1_000_000_000_000_000L;

    private FieldParser() {
    }

    /** A whole number in {@code [min, max]}; {@code what} names the quantity in the range message. */
    static long whole(CsvLine line, int i, String field, long min, long max, String what) throws RowProblem {
        requireValue(line, i, field);
        CharSequence text = line.source(i);
        int from = line.start(i);
        int to = line.end(i);
        boolean negative = text.charAt(from) == '-';
        int pos = negative || text.charAt(from) == '+' ? from + 1 : from;
        if (pos == to) {
            throw notNumber(line, i, field);
        }
        long value = 0;
        for (; pos < to; pos++) {
            char c = text.charAt(pos);
            if (c < '0' || c > '9') {
                throw notNumber(line, i, field);
            }
            value = value < TOO_LARGE ? value * 10 + (c - '0') : TOO_LARGE;
        }
        value = negative ? -value : value;
        if (value < min || value > max) {
            throw outOfRange(line, i, field, what, min + ".." + max);
        }
        return value;
    }

    /** A decimal number in {@code [min, max]}. */
    static double decimal(CsvLine line, int i, String field, double min, double max, String what) throws RowProblem {
        requireValue(line, i, field);
        CharSequence text = line.source(i);
        int from = line.start(i);
        int to = line.end(i);
        if (!Numbers.isDecimal(text, from, to)) {
            throw notNumber(line, i, field);
        }
        double value = Numbers.parseDecimal(text, from, to);
        if (!(value >= min && value <= max)) {
            throw outOfRange(line, i, field, what, format(min) + ".." + format(max));
        }
        return value;
    }

    /** A decimal number in range, or null when the column is absent ({@code i < 0}) or the field blank. */
    static Double optionalDecimal(CsvLine line, int i, String field, double min, double max, String what)
            throws RowProblem {
        return i < 0 || line.isEmpty(i) ? null : decimal(line, i, field, min, max, what);
    }

    /** Exactly {@code minLength..maxLength} ASCII digits, returned as their numeric value. */
    static int digits(CsvLine line, int i, String field, int minLength, int maxLength, String what)
            throws RowProblem {
        requireValue(line, i, field);
        CharSequence text = line.source(i);
        int from = line.start(i);
        int to = line.end(i);
        int value = 0;
        for (int pos = from; pos < to; pos++) {
            char c = text.charAt(pos);
            if (c < '0' || c > '9') {
                value = -1;
                break;
            }
            value = value * 10 + (c - '0');
        }
        int length = to - from;
        if (value < 0 || length < minLength || length > maxLength) {
            throw new RowProblem(field, Numbers.quote(text.subSequence(from, to)) + " is not " + what);
        }
        return value;
    }

    static void requireValue(CsvLine line, int i, String field) throws RowProblem {
        if (line.isEmpty(i)) {
            throw new RowProblem(field, "is empty");
        }
    }

    static RowProblem notNumber(CsvLine line, int i, String field) {
        return new RowProblem(field, quoted(line, i) + " is not a number");
    }

    static RowProblem outOfRange(CsvLine line, int i, String field, String what, String range) {
        return new RowProblem(field, quoted(line, i) + " is out of range for " + what + " (" + range + ")");
    }

    static String quoted(CsvLine line, int i) {
        return Numbers.quote(line.source(i).subSequence(line.start(i), line.end(i)));
    }

    private static String format(double bound) {
        return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
    }
}
