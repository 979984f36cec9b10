package org.roguewatch.spectrum.sweep;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ({@code \n}, {@code \r\n}) from a character stream, holding at most {@code maxChars}
 * of one line: a longer line is consumed to its end and reported as over-long instead of exhausting
 * memory, which a corrupt multi-gigabyte file without newlines would otherwise do.
 */
final class BoundedLineReader implements Closeable {
    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private StringBuilder line = new StringBuilder(4096);
    private boolean overLong;
    private long lineNumber;

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its terminator, or null at the end of input. */
    String readLine() throws IOException {
        line.setLength(0);
        overLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    return finish();
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            append(start, position);
            if (position < limit) {
                position++;
                return finish();
            }
        }
    }

    /** Whether the line just returned was cut at {@code maxChars}. */
    boolean overLong() {
        return overLong;
    }

    /** 1-based number of the line just returned. */
    long lineNumber() {
        return lineNumber;
    }

    private void append(int from, int to) {
        int room = maxChars - line.length();
        int count = to - from;
        if (count > room) {
            overLong = true;
            count = Math.max(room, 0);
        }
        line.append(buffer, from, count);
    }

    private String finish() {
        lineNumber++;
        int length = line.length();
        if (length > 0 && line.charAt(length - 1) == '\r') {
            line.setLength(length - 1);
        }
        String text = line.toString();
        if (line.capacity() > 1 << 20) {
            line = new StringBuilder(4096);
        }
        return text;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
