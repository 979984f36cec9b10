package org.roguewatch.decode;

import org.roguewatch.capture.FrameRef;

/** Where readers and decoders report input they could not use, so nothing is dropped silently. */
@FunctionalInterface
public interface MalformedSink {
    /**
     * @param reason stable dotted key to count by
     * @param where  the frame (or file position) at fault
     * @param detail one-line human explanation
     */
    void malformed(String reason, FrameRef where, String detail);
}
