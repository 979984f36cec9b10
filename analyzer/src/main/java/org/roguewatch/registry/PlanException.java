package org.roguewatch.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A cell plan that cannot be used, with a one-line message a person can act on:
 * {@code FILE: message}, {@code FILE:LINE: message} or {@code FILE:LINE: field 'x': message}.
 */
public final class PlanException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String field;

    public PlanException(Path file, int line, String field, String message) {
        super(format(file, line, field, message));
        this.file = file;
        this.line = line;
        this.field = field;
    }

    /** Refuses, before reading, a path that is missing, a directory or unreadable; {@code kind} says what it should be. */
    static void checkReadable(Path file, String kind) throws PlanException {
        if (Files.isDirectory(file)) {
            throw new PlanException(file, 0, null, "is a directory, not " + kind);
        }
        if (!Files.exists(file)) {
            throw new PlanException(file, 0, null, "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new PlanException(file, 0, null, "is not readable (permission denied)");
        }
    }

    static String format(Path file, int line, String field, String message) {
        StringBuilder text = new StringBuilder().append(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (field != null) {
            text.append("field '").append(field).append("': ");
        }
        return text.append(message).toString();
    }

    public Path file() {
        return file;
    }

    /** The 1-based line at fault, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }

    /** The column at fault, when the problem is one field. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
