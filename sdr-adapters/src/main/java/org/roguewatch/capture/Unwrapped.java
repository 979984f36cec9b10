package org.roguewatch.capture;

/**
 * What a captured packet turned out to be once its link, IP and UDP headers were read: a UDP
 * datagram, something else that is simply not ours, or a packet too damaged to tell.
 */
public sealed interface Unwrapped permits UdpDatagram, NotUdp, BadPacket {
    FrameRef ref();
}
