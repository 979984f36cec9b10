package org.roguewatch.uplink;

/**
 * Input that does not follow the wire format. Thrown only at the edge (frame decoding, payload
 * decoding) and turned into a logged reason and a closed connection there.
 */
public final class WireFormatException extends RuntimeException {
    private final String reason;
    private final String detail;

    public WireFormatException(String reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.detail = detail;
    }

    /** What exactly was wrong, and where. */
    public String detail() {
        return detail;
    }

    /** A short, stable reason suitable as a counter key ("bad-magic", "oversize"...). */
    public String reason() {
        return reason;
    }
}
