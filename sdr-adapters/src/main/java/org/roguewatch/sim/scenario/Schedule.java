package org.roguewatch.sim.scenario;

import java.time.Duration;
import java.util.List;

/** When an emitter transmits: ascending, non-overlapping windows; no window means always on. */
public record Schedule(List<Window> windows) {
    /** From {@code from} (inclusive) to {@code to} (exclusive), offsets from the scenario's start. */
    public record Window(Duration from, Duration to) {
        public Window {
            if (from.isNegative() || to.compareTo(from) <= 0) {
                throw new IllegalArgumentException("window " + from + " .. " + to + " is empty");
            }
        }

        public boolean contains(long nanos) {
            return nanos >= from.toNanos() && nanos < to.toNanos();
        }
    }

    public Schedule {
        windows = List.copyOf(windows);
        for (int i = 1; i < windows.size(); i++) {
            if (windows.get(i).from().compareTo(windows.get(i - 1).to()) < 0) {
                throw new IllegalArgumentException("windows overlap or are out of order: " + windows.get(i));
            }
        }
    }

    public static Schedule always() {
        return new Schedule(List.of());
    }

    public boolean alwaysOn() {
        return windows.isEmpty();
    }

    public boolean isOn(long nanos) {
        if (windows.isEmpty()) {
            return true;
        }
        for (Window window : windows) {
            if (window.contains(nanos)) {
                return true;
            }
        }
        return false;
    }

    /** The windows within {@code [0, duration)}: one window over the whole span when always on. */
    public List<Window> within(Duration duration) {
        if (windows.isEmpty()) {
            return List.of(new Window(Duration.ZERO, duration));
        }
        return windows.stream().filter(w -> w.from().compareTo(duration) < 0)
                .map(w -> new Window(w.from(), w.to().compareTo(duration) > 0 ? duration : w.to())).toList();
    }
}
