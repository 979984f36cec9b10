package org.roguewatch.capture;

import java.nio.ByteBuffer;
import java.time.Instant;

/** Builds link-layer frames by hand, field by field, independently of the code under test. */
final class TestFrames {
    static final int ETHERTYPE_IPV4 = 0x0800;
    static final int ETHERTYPE_IPV6 = 0x86DD;
    static final FrameRef REF = new FrameRef("test", 1, Instant.EPOCH);

    private TestFrames() {
    }

    static byte[] udp(int sourcePort, int destinationPort, byte[] payload) {
        return Bytes.of().u16(sourcePort).u16(destinationPort).u16(8 + payload.length).u16(0).bytes(payload).toArray();
    }

    /** IPv4 from 10.0.0.1 to 10.0.0.2, optional options (a multiple of 4 bytes), no fragmentation. */
    static byte[] ipv4(int protocol, byte[] payload, byte[] options, int flagsAndOffset) {
        int headerLength = 20 + options.length;
        return Bytes.of().u8(0x40 | headerLength / 4).u8(0).u16(headerLength + payload.length)
                .u16(0x1234).u16(flagsAndOffset).u8(64).u8(protocol).u16(0)
                .u32(0x0A000001L).u32(0x0A000002L).bytes(options).bytes(payload).toArray();
    }

    static byte[] ipv4(int protocol, byte[] payload) {
        return ipv4(protocol, payload, new byte[0], 0x4000);
    }

    /** IPv6 from 2001:db8::1 to 2001:db8::2. */
    static byte[] ipv6(int nextHeader, byte[] payload) {
        return Bytes.of().u32(0x60000000L).u16(payload.length).u8(nextHeader).u8(64)
                .u32(0x20010DB8L).zeros(11).u8(1).u32(0x20010DB8L).zeros(11).u8(2).bytes(payload).toArray();
    }

    /** A hop-by-hop, routing or destination options header padded to {@code units} x 8 bytes. */
    static byte[] optionsHeader(int nextHeader, int units, byte[] rest) {
        Bytes header = Bytes.of().u8(nextHeader).u8(units - 1);
        // PadN option filling the header (RFC 8200 clause 4.2).
        int padding = units * 8 - 2;
        header.u8(1).u8(padding - 2).zeros(padding - 2);
        return Bytes.concat(header.toArray(), rest);
    }

    static byte[] fragmentHeader(int nextHeader, int offsetBytes, boolean more) {
        return Bytes.of().u8(nextHeader).u8(0).u16((offsetBytes / 8) << 3 | (more ? 1 : 0)).u32(0xCAFEF00DL).toArray();
    }

    /** An IPsec authentication header with a 12-byte ICV: 24 bytes, payload length field 4. */
    static byte[] authenticationHeader(int nextHeader) {
        return Bytes.of().u8(nextHeader).u8(4).u16(0).u32(0x100).u32(1).zeros(12).toArray();
    }

    static byte[] ethernet(int etherType, byte[] payload) {
        return Bytes.of().u32(0x02000000L).u16(1).u32(0x02000000L).u16(2).u16(etherType).bytes(payload).toArray();
    }

    static CapturedPacket packet(int linkType, byte[] frame) {
        return new CapturedPacket(REF, linkType, ByteBuffer.wrap(frame).asReadOnlyBuffer(), frame.length);
    }
}
