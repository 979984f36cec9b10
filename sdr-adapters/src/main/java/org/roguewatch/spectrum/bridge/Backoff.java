package org.roguewatch.spectrum.bridge;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/** The wait before a restart, per {@link BridgeSettings}: doubled per failure, capped, jittered downwards. */
final class Backoff {
    private final BridgeSettings settings;
    private final DoubleSupplier random;

    /** @param random uniform in [0, 1) */
    Backoff(BridgeSettings settings, DoubleSupplier random) {
        this.settings = settings;
        this.random = random;
    }

    /** The un-jittered wait after {@code failures} consecutive failures (1 for the first). */
    Duration base(int failures) {
        long initial = settings.initialBackoff().toNanos();
        long cap = settings.maxBackoff().toNanos();
        int doublings = Math.max(0, failures - 1);
        // beyond 62 doublings every positive initial wait exceeds any cap
        long wait = doublings >= 62 || initial > (cap >> Math.min(doublings, 62)) ? cap : initial << doublings;
        return Duration.ofNanos(Math.min(wait, cap));
    }

    /** The jittered wait: {@code base · (1 − jitter · u)}, never above the cap. */
    Duration next(int failures) {
        long base = base(failures).toNanos();
        return Duration.ofNanos((long) (base * (1 - settings.jitter() * random.getAsDouble())));
    }
}
