package org.roguewatch.registry;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A configuration file that cannot be used, with a one-line message:
 * {@code FILE: message}, {@code FILE:LINE: message} or {@code FILE:LINE: key 'x': message}.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String key;

    public ConfigException(Path file, int line, String key, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + (key != null ? "key '" + key + "': " : "") + message);
        this.file = file;
        this.line = line;
        this.key = key;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line at fault, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }

    /** The key at fault, when the problem is one setting. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }
}
