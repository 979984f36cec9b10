package org.roguewatch.spectrum.bridge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Collects a bridge's statuses and lets a test wait for a condition on them (or on anything else). */
final class StatusLog implements Consumer<BridgeStatus> {
    private final List<BridgeStatus> statuses = new ArrayList<>();

    @Override
    public synchronized void accept(BridgeStatus status) {
        statuses.add(status);
        notifyAll();
    }

    synchronized List<BridgeStatus> all() {
        return List.copyOf(statuses);
    }

    synchronized List<BridgeStatus> in(BridgeState state) {
        return statuses.stream().filter(s -> s.state() == state).toList();
    }

    /** Waits until {@code condition} holds for the statuses so far; false on timeout. */
    synchronized boolean await(Predicate<List<BridgeStatus>> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(statuses)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            // conditions may also watch state outside this log, so look again at least every 20 ms
            wait(Math.max(1, Math.min(20, left / 1_000_000)));
        }
        return true;
    }
}
