package org.roguewatch.sim.scenario;

import java.time.Duration;

/** Durations as the scenario format writes them: 1h30m, 25m, 90s, 1.5s. */
public final class Durations {
    private Durations() {
    }

    public static String format(Duration d) {
        if (d.isZero()) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        long hours = d.toHours();
        long minutes = d.toMinutesPart();
        long seconds = d.toSecondsPart();
        int nanos = d.toNanosPart();
        if (hours > 0) {
            out.append(hours).append('h');
        }
        if (minutes > 0) {
            out.append(minutes).append('m');
        }
        if (seconds > 0 || nanos > 0) {
            out.append(seconds);
            if (nanos > 0) {
                out.append('.').append(String.format("%09d", nanos).replaceAll("0+$", ""));
            }
            out.append('s');
        }
        return out.toString();
    }
}
