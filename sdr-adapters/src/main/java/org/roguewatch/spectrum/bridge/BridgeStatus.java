package org.roguewatch.spectrum.bridge;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * One event in the bridge's life, with everything an operator needs on one line.
 *
 * @param program  the executable's name
 * @param state    what happened
 * @param run      1-based number of the process run this is about
 * @param exitCode the process's exit code, or -1 when it has none (started, not started, stopped)
 * @param detail   the tool's own words (the stderr line that decided the state) or the start failure
 * @param retryIn  wait before the next run, {@link Duration#ZERO} when none is planned
 * @param at       when it happened
 */
public record BridgeStatus(String program, BridgeState state, int run, int exitCode, String detail,
        Duration retryIn, Instant at) {

    /** E.g. {@code rtl_power: no device (No supported devices found.), exit 1, run 3; retry in 4.0 s}. */
    public String oneLine() {
        StringBuilder line = new StringBuilder(program).append(": ").append(state.words());
        if (!detail.isEmpty()) {
            line.append(" (").append(detail).append(')');
        }
        if (exitCode >= 0) {
            line.append(", exit ").append(exitCode);
        }
        line.append(", run ").append(run);
        if (!retryIn.isZero()) {
            line.append(String.format(Locale.ROOT, "; retry in %.1f s", retryIn.toMillis() / 1000.0));
        }
        return line.toString();
    }

    @Override
    public String toString() {
        return oneLine();
    }
}
