package org.roguewatch.locate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.roguewatch.observe.LevelWindow;

/**
 * A target's position minute by minute: each minute heard by at least three fixed probes is located
 * on its own, and the fixes are smoothed into a track ({@link TrackSmoother}). Minutes whose fit has
 * no finite covariance are left out.
 */
final class EmitterTracker {
    private static final int MIN_FIXES = 3;

    private final RssLocator locator;
    private final TrackSmoother smoother;

    EmitterTracker(RssLocator locator, double q) {
        this.locator = locator;
        this.smoother = new TrackSmoother(q);
    }

    /** The smoothed track, or empty when fewer than three minutes could be located. */
    List<TrackFix> track(TreeMap<Long, List<Measurement>> byMinute) {
        List<TrackFix> fixes = new ArrayList<>();
        for (Map.Entry<Long, List<Measurement>> minute : byMinute.entrySet()) {
            if (minute.getValue().size() < 3) {
                continue;
            }
            if (locator.locate(minute.getValue()) instanceof LocateResult.Located located) {
                LocationEstimate e = located.estimate();
                if (Double.isFinite(e.varEast()) && Double.isFinite(e.varNorth()) && e.varEast() > 0
                        && e.varNorth() > 0) {
                    Instant middle = Instant.ofEpochSecond(minute.getKey() * LevelWindow.SECONDS + LevelWindow.SECONDS / 2);
                    fixes.add(new TrackFix(middle, e.east(), e.north(), e.varEast(), e.varNorth(), e.covEastNorth(),
                            e.transmitDbm(), e.crlbM()));
                }
            }
        }
        return fixes.size() < MIN_FIXES ? List.of() : smoother.smooth(fixes);
    }
}
