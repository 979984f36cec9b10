package org.roguewatch.capture;

import java.time.Instant;

/**
 * Where a piece of evidence came from: a capture file (or live stream) and the 1-based frame
 * number in it, as Wireshark numbers frames, plus the capture time. A user can open
 * {@code source} in Wireshark and go to {@code frame} to check us.
 */
public record FrameRef(String source, long frame, Instant time) {
    @Override
    public String toString() {
        return source + "#" + frame;
    }
}
