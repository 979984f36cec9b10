package org.roguewatch.registry;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a text file (a cell plan, a settings file) line by line through a large buffer, counting
 * physical lines and skipping blank lines and comment lines (first non-blank character '#'). Input
 * must be UTF-8 (so U+FFFD, the replacement character, may not appear); a byte-order mark, as
 * spreadsheet exports write, is dropped.
 */
final class LineReader implements Closeable {
    private static final int BUFFER_CHARS = 1 << 17;

    private final BufferedReader in;
    private int lineNumber;

    LineReader(Path file) throws IOException {
        in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8),
                BUFFER_CHARS);
    }

    /**
     * The next line holding data, or null at the end of the file.
     *
     * @throws CharacterCodingException when a line is not UTF-8; bytes are decoded with replacement
     *         and each line checked, because a reporting decoder fails a whole buffer ahead of the
     *         line at fault and could not say which line it was
     */
    String next() throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.indexOf('\uFFFD') >= 0) {
                throw new CharacterCodingException();
            }
            if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (!isBlankOrComment(line)) {
                return line;
            }
        }
        return null;
    }

    /** The 1-based number of the line last read. */
    int lineNumber() {
        return lineNumber;
    }

    private static boolean isBlankOrComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t') {
                return c == '#';
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
