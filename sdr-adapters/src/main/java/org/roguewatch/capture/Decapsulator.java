package org.roguewatch.capture;

import java.nio.ByteBuffer;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Octets;

/**
 * Unwraps a captured packet from its link layer through IPv4 or IPv6 to UDP, reading in place:
 * the UDP payload it returns is a read-only view of the captured bytes. A pure function that
 * never throws on bad bytes; every packet comes back classified.
 */
public final class Decapsulator {
    private static final int ETHERTYPE_IPV4 = 0x0800;
    private static final int ETHERTYPE_IPV6 = 0x86DD;
    private static final int ETHERTYPE_VLAN = 0x8100;
    private static final int ETHERTYPE_QINQ = 0x88A8;
    /** Pre-standard Q-in-Q outer tag, still emitted by some switches. */
    private static final int ETHERTYPE_QINQ_LEGACY = 0x9100;
    /** Values up to 1500 are an IEEE 802.3 length, from 0x0600 on an EtherType (IEEE 802.3 clause 3.2.6). */
    private static final int ETHERTYPE_MIN = 0x0600;

    private static final int AF_INET = 2;
    /** AF_INET6 differs by OS: NetBSD/OpenBSD 24, FreeBSD 28, Darwin 30 (tcpdump.org LINKTYPE_NULL). */
    private static final int AF_INET6_BSD = 24;
    private static final int AF_INET6_FREEBSD = 28;
    private static final int AF_INET6_DARWIN = 30;

    /** Linux ARPHRD_NETLINK: the cooked header's protocol field is then a netlink family. */
    private static final int ARPHRD_NETLINK = 824;

    private static final int PROTO_HOP_BY_HOP = 0;
    private static final int PROTO_UDP = 17;
    private static final int PROTO_ROUTING = 43;
    private static final int PROTO_FRAGMENT = 44;
    private static final int PROTO_AH = 51;
    private static final int PROTO_NO_NEXT_HEADER = 59;
    private static final int PROTO_DESTINATION_OPTIONS = 60;

    private static final int UDP_HEADER_LENGTH = 8;

    private Decapsulator() {
    }

    public static Unwrapped unwrap(CapturedPacket packet) {
        FrameRef ref = packet.ref();
        try {
            Octets link = Octets.of(packet.data(), "link");
            return switch (packet.linkType()) {
                case LinkTypes.ETHERNET -> ethernet(ref, link);
                case LinkTypes.NULL, LinkTypes.LOOP -> bsdLoopback(ref, link);
                case LinkTypes.RAW, LinkTypes.DLT_RAW, LinkTypes.DLT_RAW_OPENBSD -> rawIp(ref, link);
                case LinkTypes.IPV4 -> ipv4(ref, Octets.of(link.rest(), "ipv4"));
                case LinkTypes.IPV6 -> ipv6(ref, Octets.of(link.rest(), "ipv6"));
                case LinkTypes.LINUX_SLL -> linuxCooked(ref, link);
                case LinkTypes.LINUX_SLL2 -> linuxCookedV2(ref, link);
                default -> new NotUdp(ref, "link type " + packet.linkType());
            };
        } catch (DecodeException e) {
            String cut = packet.truncatedBySnaplen()
                    ? " (capture holds " + packet.data().remaining() + " of " + packet.originalLength()
                            + " bytes: cut by the snapshot length)"
                    : "";
            return new BadPacket(ref, e.reason(), e.getMessage() + cut);
        }
    }

    private static Unwrapped ethernet(FrameRef ref, Octets in) {
        in.skip(12, "destination and source MAC addresses");
        return etherType(ref, in, in.u16("EtherType"));
    }

    /** Dispatches on an EtherType, first stepping over any 802.1Q / 802.1ad tags, stacked or not. */
    private static Unwrapped etherType(FrameRef ref, Octets in, int type) {
        while (type == ETHERTYPE_VLAN || type == ETHERTYPE_QINQ || type == ETHERTYPE_QINQ_LEGACY) {
            in.skip(2, "VLAN tag control information");
            type = in.u16("EtherType after VLAN tag");
        }
        return switch (type) {
            case ETHERTYPE_IPV4 -> ipv4(ref, Octets.of(in.rest(), "ipv4"));
            case ETHERTYPE_IPV6 -> ipv6(ref, Octets.of(in.rest(), "ipv6"));
            default -> new NotUdp(ref, type < ETHERTYPE_MIN
                    ? String.format("802.3 length 0x%04x", type)
                    : String.format("ethertype 0x%04x", type));
        };
    }

    private static Unwrapped bsdLoopback(FrameRef ref, Octets in) {
        long family = in.u32("address family");
        // The family is in the capturing host's byte order; real values fit in the low 16 bits.
        if ((family & 0xFFFF_0000L) != 0) {
            family = Integer.toUnsignedLong(Integer.reverseBytes((int) family));
        }
        if (family == AF_INET) {
            return ipv4(ref, Octets.of(in.rest(), "ipv4"));
        }
        if (family == AF_INET6_BSD || family == AF_INET6_FREEBSD || family == AF_INET6_DARWIN) {
            return ipv6(ref, Octets.of(in.rest(), "ipv6"));
        }
        return new NotUdp(ref, "address family " + family);
    }

    private static Unwrapped rawIp(FrameRef ref, Octets in) {
        int version = in.peek("IP version") >>> 4;
        return switch (version) {
            case 4 -> ipv4(ref, Octets.of(in.rest(), "ipv4"));
            case 6 -> ipv6(ref, Octets.of(in.rest(), "ipv6"));
            default -> throw in.error("raw-version", "raw IP packet starts with version " + version + ", expected 4 or 6");
        };
    }

    private static Unwrapped linuxCooked(FrameRef ref, Octets in) {
        // LINUX_SLL: packet type (2), ARPHRD type (2), address length (2), address (8), protocol (2).
        in.skip(2, "packet type");
        int arphrd = in.u16("ARPHRD type");
        in.skip(10, "link-layer address length and address");
        return cookedProtocol(ref, in, arphrd, in.u16("protocol type"));
    }

    private static Unwrapped linuxCookedV2(FrameRef ref, Octets in) {
        // LINUX_SLL2: protocol (2), reserved (2), interface index (4), ARPHRD type (2), packet type (1),
        // address length (1), address (8).
        int protocol = in.u16("protocol type");
        in.skip(6, "reserved and interface index");
        int arphrd = in.u16("ARPHRD type");
        in.skip(10, "packet type, address length and address");
        return cookedProtocol(ref, in, arphrd, protocol);
    }

    private static Unwrapped cookedProtocol(FrameRef ref, Octets in, int arphrd, int protocol) {
        if (arphrd == ARPHRD_NETLINK) {
            return new NotUdp(ref, "netlink family " + protocol);
        }
        if (protocol < ETHERTYPE_MIN) {
            // Below 0x0600 the field is a Linux pseudo-protocol (802.2 LLC, CAN, ...), not an EtherType.
            return new NotUdp(ref, String.format("linux cooked protocol 0x%04x", protocol));
        }
        return etherType(ref, in, protocol);
    }

    /** IPv4 (RFC 791 clause 3.1). */
    private static Unwrapped ipv4(FrameRef ref, Octets in) {
        int versionAndLength = in.u8("version and IHL");
        int version = versionAndLength >>> 4;
        if (version != 4) {
            throw new DecodeException("ipv4.version", 0, "ipv4: version " + version + ", expected 4");
        }
        int headerLength = (versionAndLength & 0x0f) * 4;
        if (headerLength < 20) {
            throw new DecodeException("ipv4.header-length", 0, "ipv4: header length " + headerLength + " bytes, minimum 20");
        }
        in.skip(1, "type of service");
        int totalLength = in.u16("total length");
        if (totalLength < headerLength) {
            throw new DecodeException("ipv4.total-length", 2, "ipv4: total length " + totalLength
                    + " is shorter than the " + headerLength + "-byte header");
        }
        int identification = in.u16("identification");
        int flagsAndOffset = in.u16("flags and fragment offset");
        in.skip(1, "time to live");
        int protocol = in.u8("protocol");
        if (protocol != PROTO_UDP) {
            return new NotUdp(ref, "ip proto " + protocol);
        }
        in.skip(10, "header checksum and addresses");
        in.skip(headerLength - 20, "options");
        if (totalLength > in.length()) {
            throw new DecodeException("ipv4.truncated", 2, "ipv4: total length " + totalLength + ", only "
                    + in.length() + " bytes captured");
        }
        boolean moreFragments = (flagsAndOffset & 0x2000) != 0;
        int fragmentOffset = (flagsAndOffset & 0x1fff) * 8;
        if (moreFragments || fragmentOffset != 0) {
            throw new DecodeException("ipv4.fragment", 6, String.format("ipv4: UDP fragment id 0x%04x at byte offset %d%s;"
                    + " fragments are not reassembled", identification, fragmentOffset, moreFragments ? ", more follow" : ", the last"));
        }
        return udp(ref, Octets.of(in.slice(totalLength - headerLength, "payload"), "udp"));
    }

    /** IPv6 (RFC 8200 clause 3) and its extension header chain (clause 4). */
    private static Unwrapped ipv6(FrameRef ref, Octets in) {
        int version = in.peek("version") >>> 4;
        if (version != 6) {
            throw new DecodeException("ipv6.version", 0, "ipv6: version " + version + ", expected 6");
        }
        in.skip(4, "version, traffic class and flow label");
        int payloadLength = in.u16("payload length");
        int next = in.u8("next header");
        in.skip(33, "hop limit and addresses");
        if (payloadLength > in.remaining()) {
            throw new DecodeException("ipv6.truncated", 4, "ipv6: payload length " + payloadLength + ", only "
                    + in.remaining() + " bytes captured after the header");
        }
        Octets payload = Octets.of(in.slice(payloadLength, "payload"), "ipv6");
        while (true) {
            switch (next) {
                case PROTO_UDP:
                    return udp(ref, Octets.of(payload.rest(), "udp"));
                case PROTO_HOP_BY_HOP, PROTO_ROUTING, PROTO_DESTINATION_OPTIONS: {
                    // Length in 8-octet units, not counting the first 8 (RFC 8200 clauses 4.3, 4.4, 4.6).
                    next = payload.u8("next header");
                    int length = (payload.u8("header extension length") + 1) * 8;
                    payload.skip(length - 2, "extension header");
                    break;
                }
                case PROTO_AH: {
                    // Length in 4-octet units, minus 2 (RFC 4302 clause 2.2).
                    next = payload.u8("next header");
                    int length = (payload.u8("payload length") + 2) * 4;
                    payload.skip(length - 2, "authentication header");
                    break;
                }
                case PROTO_FRAGMENT: {
                    int fragmentOffset = payload.offset();
                    next = payload.u8("next header");
                    payload.skip(1, "reserved");
                    int offsetAndFlags = payload.u16("fragment offset and flags");
                    long identification = payload.u32("identification");
                    int offset = (offsetAndFlags >>> 3) * 8;
                    boolean more = (offsetAndFlags & 1) != 0;
                    if (offset == 0 && !more) {
                        break; // an atomic fragment (RFC 8021): the whole datagram, read on
                    }
                    if (next != PROTO_UDP && !isExtensionHeader(next)) {
                        return new NotUdp(ref, "ip proto " + next);
                    }
                    throw new DecodeException("ipv6.fragment", 40 + fragmentOffset, String.format("ipv6: fragment id"
                            + " 0x%08x at byte offset %d%s; fragments are not reassembled", identification, offset,
                            more ? ", more follow" : ", the last"));
                }
                case PROTO_NO_NEXT_HEADER:
                    return new NotUdp(ref, "ipv6 no next header");
                default:
                    return new NotUdp(ref, "ip proto " + next);
            }
        }
    }

    private static boolean isExtensionHeader(int next) {
        return next == PROTO_HOP_BY_HOP || next == PROTO_ROUTING || next == PROTO_FRAGMENT
                || next == PROTO_AH || next == PROTO_DESTINATION_OPTIONS;
    }

    /** UDP (RFC 768); the checksum is not verified, as Wireshark does not by default. */
    private static Unwrapped udp(FrameRef ref, Octets in) {
        int sourcePort = in.u16("source port");
        int destinationPort = in.u16("destination port");
        int length = in.u16("length");
        in.skip(2, "checksum");
        if (length < UDP_HEADER_LENGTH || length > in.length()) {
            throw new DecodeException("udp.length", 4, "udp: length " + length + " in a " + in.length()
                    + "-byte IP payload (minimum 8)");
        }
        ByteBuffer payload = in.slice(length - UDP_HEADER_LENGTH, "payload");
        return new UdpDatagram(ref, sourcePort, destinationPort,
                payload.isReadOnly() ? payload : payload.asReadOnlyBuffer());
    }
}
