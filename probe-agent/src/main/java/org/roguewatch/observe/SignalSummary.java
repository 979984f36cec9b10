package org.roguewatch.observe;

import java.util.List;
import org.roguewatch.capture.FrameRef;

/**
 * Received level statistics of a cell at one probe, from the GSMTAP signal field.
 *
 * @param samples  frames that reported a level
 * @param minDbm   weakest level
 * @param maxDbm   strongest level
 * @param meanDbm  mean of the levels in dBm (as receivers report them)
 * @param lastDbm  the most recent level
 * @param meanSnrDb mean signal-to-noise ratio
 * @param strongest the first frame received at {@code maxDbm}, or null
 * @param windows   the level minute by minute, oldest first (at most {@link #MAX_WINDOWS})
 */
public record SignalSummary(long samples, int minDbm, int maxDbm, double meanDbm, int lastDbm, double meanSnrDb,
                            FrameRef strongest, List<LevelWindow> windows) {
    /** A week of minutes; older windows are dropped first. */
    public static final int MAX_WINDOWS = 10_080;
    public static final SignalSummary NONE = new SignalSummary(0, 0, 0, Double.NaN, 0, Double.NaN, null, List.of());

    public SignalSummary {
        windows = List.copyOf(windows);
    }

    public SignalSummary(long samples, int minDbm, int maxDbm, double meanDbm, int lastDbm, double meanSnrDb,
                         FrameRef strongest) {
        this(samples, minDbm, maxDbm, meanDbm, lastDbm, meanSnrDb, strongest, List.of());
    }

    public SignalSummary(long samples, int minDbm, int maxDbm, double meanDbm, int lastDbm, double meanSnrDb) {
        this(samples, minDbm, maxDbm, meanDbm, lastDbm, meanSnrDb, null, List.of());
    }
}
