package org.roguewatch.decode;

/**
 * Thrown inside a decoder when the bytes break the format; always caught at the decoder's public
 * entry point and turned into {@link Decoded.Malformed}. It carries no stack trace because bad
 * input is expected traffic, not a programming error, and must stay cheap.
 */
public final class DecodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final int offset;

    public DecodeException(String reason, int offset, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
        this.offset = offset;
    }

    public String reason() {
        return reason;
    }

    public int offset() {
        return offset;
    }
}
