package org.roguewatch.spectrum.sweep;

import java.io.IOException;

/** A file given as a sweep CSV that is neither rtl_power's nor hackrf_sweep's; the message is one line. */
public final class SweepFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public SweepFormatException(String message) {
        super(message);
    }

    /** Stable key for counting, like the decoders' reasons. */
    public String reason() {
        return "sweep.format.unknown";
    }
}
