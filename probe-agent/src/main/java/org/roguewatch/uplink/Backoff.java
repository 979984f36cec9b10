package org.roguewatch.uplink;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with "equal jitter": the n-th retry waits between half and all of
 * {@code min(max, initial * 2^n)}, so a fleet cut off together does not reconnect in lockstep.
 */
final class Backoff {
    private final Duration initial;
    private final Duration max;
    private final RandomGenerator random;
    private int attempts;

    Backoff(Duration initial, Duration max, RandomGenerator random) {
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    Duration next() {
        long ceiling = max.toNanos();
        long delay = initial.toNanos();
        for (int i = 0; i < attempts && delay < ceiling; i++) {
            delay *= 2;
        }
        delay = Math.min(delay, ceiling);
        attempts++;
        long half = delay / 2;
        return Duration.ofNanos(half + (half > 0 ? random.nextLong(half + 1) : 0));
    }

    void reset() {
        attempts = 0;
    }
}
