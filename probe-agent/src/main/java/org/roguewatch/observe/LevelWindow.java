package org.roguewatch.observe;

import org.roguewatch.capture.FrameRef;

/**
 * The received level of a cell at one probe over one minute, so a sudden change — an identity
 * cloned by a stronger transmitter nearby — stands out against the cell's own history.
 *
 * @param first      the first frame of the window
 * @param firstDbm   that frame's level
 * @param meanDbm    mean level over the window
 * @param samples    frames in the window
 */
public record LevelWindow(FrameRef first, int firstDbm, double meanDbm, long samples) {
    /** Window length. */
    public static final long SECONDS = 60;
}
