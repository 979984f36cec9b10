package org.roguewatch.lte.mac;

import org.roguewatch.capture.FrameRef;
import org.roguewatch.decode.MalformedSink;

/**
 * Where the MAC-LTE path accounts for every frame: each frame read, by RNTI type; bytes that break
 * a format ({@link #malformed}); and well-formed input that yields no RRC message ({@link #skipped}),
 * such as a random access response, user-plane data, an RLC STATUS PDU, a retransmission or a loss.
 */
public interface MacLteSink extends MalformedSink {
    /** A frame whose context could be read. */
    void frame(FrameRef where, RntiType type);

    /**
     * @param reason stable dotted key to count by, e.g. {@code mac-lte.rar}, {@code rlc-am.duplicate}
     * @param where  the frame it concerns
     * @param detail one line for a human
     */
    void skipped(String reason, FrameRef where, String detail);
}
