package org.roguewatch.alert;

import java.time.Instant;

/** Earliest and latest of instants that may be unknown (null). */
final class Times {
    private Times() {
    }

    static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
