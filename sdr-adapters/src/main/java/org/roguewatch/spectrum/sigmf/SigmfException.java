package org.roguewatch.spectrum.sigmf;

/**
 * A SigMF recording we cannot use. The message is one line naming the file and the problem; the
 * reason is a stable dotted key for counting ({@code sigmf.datatype.unknown},
 * {@code sigmf.sample-rate.missing}, {@code sigmf.data.length}, ...).
 */
public final class SigmfException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String reason;

    public SigmfException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
