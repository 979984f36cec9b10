package org.roguewatch.baseline;

import java.io.IOException;
import java.nio.file.Path;

/** A baseline file that cannot be read as one; the message is {@code FILE:LINE: what is wrong}. */
public final class BaselineFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    BaselineFileException(Path file, int line, String detail) {
        super(file + ":" + line + ": " + detail);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line the problem is on. */
    public int line() {
        return line;
    }
}
