package org.roguewatch.spectrum.bridge;

import java.time.Duration;
import java.util.Objects;

/**
 * Restart policy. After the {@code n}-th consecutive failed run the bridge waits
 * {@code min(maxBackoff, initialBackoff · 2^(n−1))}, shortened by a random fraction of at most
 * {@code jitter} so that a fleet of probes that lost their radios together does not retry in step.
 * A run that delivered at least one row ends the streak.
 *
 * @param initialBackoff wait after the first failure (and after a clean exit of a healthy run)
 * @param maxBackoff     cap on the wait
 * @param jitter         fraction in [0, 1) by which a wait may be shortened at random
 */
public record BridgeSettings(Duration initialBackoff, Duration maxBackoff, double jitter) {
    public static final BridgeSettings DEFAULT = new BridgeSettings(Duration.ofSeconds(1), Duration.ofMinutes(2), 0.25);

    public BridgeSettings {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("need 0 < initialBackoff <= maxBackoff, got " + initialBackoff
                    + " and " + maxBackoff);
        }
        if (!(jitter >= 0 && jitter < 1)) {
            throw new IllegalArgumentException("jitter must be in [0, 1), got " + jitter);
        }
    }
}
