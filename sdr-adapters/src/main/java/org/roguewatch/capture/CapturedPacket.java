package org.roguewatch.capture;

import java.nio.ByteBuffer;

/**
 * One link-layer packet as a capture file or interface delivered it.
 *
 * @param ref            where it came from
 * @param linkType       LINKTYPE_* value from tcpdump.org's link-layer header types
 * @param data           the captured bytes (a read-only view; may be shorter than on the wire)
 * @param originalLength the length on the wire
 */
public record CapturedPacket(FrameRef ref, int linkType, ByteBuffer data, int originalLength) {
    public boolean truncatedBySnaplen() {
        return data.remaining() < originalLength;
    }
}
