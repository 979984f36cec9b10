package org.roguewatch.observe;

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
 */
public record SignalSummary(long samples, int minDbm, int maxDbm, double meanDbm, int lastDbm, double meanSnrDb,
                            FrameRef strongest) {
    public static final SignalSummary NONE = new SignalSummary(0, 0, 0, Double.NaN, 0, Double.NaN, null);

    public SignalSummary(long samples, int minDbm, int maxDbm, double meanDbm, int lastDbm, double meanSnrDb) {
        this(samples, minDbm, maxDbm, meanDbm, lastDbm, meanSnrDb, null);
    }
}
