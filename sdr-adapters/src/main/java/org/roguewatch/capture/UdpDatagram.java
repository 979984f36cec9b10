package org.roguewatch.capture;

import java.nio.ByteBuffer;

/**
 * A UDP datagram's ports and payload.
 *
 * @param payload the bytes after the UDP header, up to the UDP length: a read-only view, not a copy
 */
public record UdpDatagram(FrameRef ref, int sourcePort, int destinationPort, ByteBuffer payload) implements Unwrapped {
}
