package org.roguewatch.capture;

/**
 * A well-formed packet that carries no UDP (or a link type we do not unwrap); not an error.
 *
 * @param what what it is instead, e.g. {@code ethertype 0x0806}, {@code ip proto 6}, {@code link type 147}
 */
public record NotUdp(FrameRef ref, String what) implements Unwrapped {
}
