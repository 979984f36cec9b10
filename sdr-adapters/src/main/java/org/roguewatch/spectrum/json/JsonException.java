package org.roguewatch.spectrum.json;

/** Text that is not JSON; the message is one line and says where (line, column) and what was expected. */
public final class JsonException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int offset;

    public JsonException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    /** Character offset in the text where the problem was found. */
    public int offset() {
        return offset;
    }
}
