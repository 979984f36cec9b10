package org.roguewatch.registry;

import java.util.Arrays;

/**
 * One CSV line split into fields in place: each field is a trimmed range of the line, so nothing is
 * copied unless a field is quoted ({@code "..."} with {@code ""} for a quote, RFC 4180). Reused from
 * line to line; quoted fields may not span lines.
 */
final class CsvLine {
    private String text = "";
    private int size;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private String[] unquoted = new String[16];

    void split(String line) throws RowProblem {
        text = line;
        size = 0;
        int length = line.length();
        int pos = 0;
        while (true) {
            pos = skipBlanks(line, pos, length);
            if (pos < length && line.charAt(pos) == '"') {
                pos = quoted(line, pos, length);
            } else {
                int start = pos;
                while (pos < length && line.charAt(pos) != ',') {
                    pos++;
                }
                int end = pos;
                while (end > start && isBlank(line.charAt(end - 1))) {
                    end--;
                }
                add(start, end, null);
            }
            if (pos >= length) {
                return;
            }
            pos++; // the comma
        }
    }

    private int quoted(String line, int open, int length) throws RowProblem {
        StringBuilder value = new StringBuilder();
        int pos = open + 1;
        while (true) {
            if (pos >= length) {
                throw new RowProblem(null, "field " + (size + 1) + ": quote opened at character " + (open + 1)
                        + " is never closed");
            }
            char c = line.charAt(pos++);
            if (c == '"') {
                if (pos < length && line.charAt(pos) == '"') {
                    value.append('"');
                    pos++;
                } else {
                    break;
                }
            } else {
                value.append(c);
            }
        }
        pos = skipBlanks(line, pos, length);
        if (pos < length && line.charAt(pos) != ',') {
            throw new RowProblem(null, "field " + (size + 1) + ": text after the closing quote");
        }
        String content = value.toString().strip();
        add(0, content.length(), content);
        return pos;
    }

    private void add(int start, int end, String own) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            unquoted = Arrays.copyOf(unquoted, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        unquoted[size] = own;
        size++;
    }

    private static int skipBlanks(String line, int pos, int length) {
        while (pos < length && isBlank(line.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    int size() {
        return size;
    }

    /** The characters field {@code i} is a range of: the line itself, or the unquoted copy. */
    String source(int i) {
        return unquoted[i] != null ? unquoted[i] : text;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    boolean isEmpty(int i) {
        return ends[i] == starts[i];
    }

    String text(int i) {
        return unquoted[i] != null ? unquoted[i] : text.substring(starts[i], ends[i]);
    }
}
