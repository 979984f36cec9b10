package org.roguewatch.capture;

/**
 * A packet whose link, IP or UDP headers are damaged or cut short, or which is an IP fragment
 * (we do not reassemble).
 *
 * @param reason stable dotted key to count by: {@code link.*}, {@code ipv4.*}, {@code ipv6.*}, {@code udp.*}
 * @param detail one line with the offending values
 */
public record BadPacket(FrameRef ref, String reason, String detail) implements Unwrapped {
}
