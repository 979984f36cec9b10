package org.roguewatch.gsmtap;

import java.nio.ByteBuffer;
import org.roguewatch.capture.FrameRef;

/**
 * A GSMTAP frame: where it was captured, its header, and the payload after the header
 * (a read-only view into the capture buffer, not a copy).
 */
public record GsmtapFrame(FrameRef ref, GsmtapHeader header, ByteBuffer payload) {
}
