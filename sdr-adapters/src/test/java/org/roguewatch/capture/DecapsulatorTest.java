package org.roguewatch.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roguewatch.capture.TestFrames.ETHERTYPE_IPV4;
import static org.roguewatch.capture.TestFrames.ETHERTYPE_IPV6;
import static org.roguewatch.capture.TestFrames.ethernet;
import static org.roguewatch.capture.TestFrames.ipv4;
import static org.roguewatch.capture.TestFrames.ipv6;
import static org.roguewatch.capture.TestFrames.packet;
import static org.roguewatch.capture.TestFrames.udp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecapsulatorTest {
    private static final byte[] PAYLOAD = "GSMTAP payload".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UDP = udp(34567, 4729, PAYLOAD);
    private static final byte[] IPV4_UDP = ipv4(17, UDP);
    private static final byte[] IPV6_UDP = ipv6(17, UDP);

    private static UdpDatagram assertUdp(Unwrapped unwrapped) {
        UdpDatagram udp = assertInstanceOf(UdpDatagram.class, unwrapped, unwrapped::toString);
        assertEquals(34567, udp.sourcePort());
        assertEquals(4729, udp.destinationPort());
        assertArrayEquals(PAYLOAD, Bytes.toArray(udp.payload()));
        assertTrue(udp.payload().isReadOnly());
        return udp;
    }

    private static BadPacket assertBad(String reason, Unwrapped unwrapped) {
        BadPacket bad = assertInstanceOf(BadPacket.class, unwrapped, unwrapped::toString);
        assertEquals(reason, bad.reason(), bad.detail());
        return bad;
    }

    private static void assertNotUdp(String what, Unwrapped unwrapped) {
        assertEquals(what, assertInstanceOf(NotUdp.class, unwrapped, unwrapped::toString).what());
    }

    @Test
    void ethernetIpv4AndIpv6CarryUdp() {
        assertUdp(Decapsulator.unwrap(packet(LinkTypes.ETHERNET, ethernet(ETHERTYPE_IPV4, IPV4_UDP))));
        assertUdp(Decapsulator.unwrap(packet(LinkTypes.ETHERNET, ethernet(ETHERTYPE_IPV6, IPV6_UDP))));
    }

    @Test
    void bsdLoopbackFamilyIsReadInEitherByteOrderWithEveryInet6Value() {
        for (int linkType : new int[] {LinkTypes.NULL, LinkTypes.LOOP}) {
            assertUdp(Decapsulator.unwrap(packet(linkType, Bytes.concat(Bytes.of().u32le(2).toArray(), IPV4_UDP))));
            assertUdp(Decapsulator.unwrap(packet(linkType, Bytes.concat(Bytes.of().u32(2).toArray(), IPV4_UDP))));
            for (int inet6 : new int[] {24, 28, 30}) {
                assertUdp(Decapsulator.unwrap(packet(linkType, Bytes.concat(Bytes.of().u32le(inet6).toArray(), IPV6_UDP))));
                assertUdp(Decapsulator.unwrap(packet(linkType, Bytes.concat(Bytes.of().u32(inet6).toArray(), IPV6_UDP))));
            }
            assertNotUdp("address family 7", Decapsulator.unwrap(packet(linkType, Bytes.concat(Bytes.of().u32(7).toArray(), IPV4_UDP))));
        }
    }

    @Test
    void rawIpTellsTheVersionFromTheFirstNibbleUnderEveryRawValue() {
        for (int linkType : new int[] {LinkTypes.RAW, LinkTypes.DLT_RAW, LinkTypes.DLT_RAW_OPENBSD}) {
            assertUdp(Decapsulator.unwrap(packet(linkType, IPV4_UDP)));
            assertUdp(Decapsulator.unwrap(packet(linkType, IPV6_UDP)));
            byte[] version5 = IPV4_UDP.clone();
            version5[0] = 0x55;
            assertBad("link.raw-version", Decapsulator.unwrap(packet(linkType, version5)));
        }
    }

    @Test
    void ipv4AndIpv6LinkTypesCarryTheirVersionOnly() {
        assertUdp(Decapsulator.unwrap(packet(LinkTypes.IPV4, IPV4_UDP)));
        assertUdp(Decapsulator.unwrap(packet(LinkTypes.IPV6, IPV6_UDP)));
        assertBad("ipv4.version", Decapsulator.unwrap(packet(LinkTypes.IPV4, IPV6_UDP)));
        assertBad("ipv6.version", Decapsulator.unwrap(packet(LinkTypes.IPV6, IPV4_UDP)));
    }

    @Test
    void linuxCookedCapturesV1AndV2CarryUdp() {
        // SLL: packet type 0 (to us), ARPHRD_ETHER 1, address length 6, address padded to 8, protocol.
        byte[] sll = Bytes.of().u16(0).u16(1).u16(6).u32(0x02000000L).u32(0x00010000L).u16(ETHERTYPE_IPV4).bytes(IPV4_UDP).toArray();
        assertUdp(Decapsulator.unwrap(packet(LinkTypes.LINUX_SLL, sll)));
        // SLL2: protocol, reserved, interface index 3, ARPHRD_LOOPBACK 772, packet type 0, address length 0, address.
        byte[] sll2 = Bytes.of().u16(ETHERTYPE_IPV6).u16(0).u32(3).u16(772).u8(0).u8(0).zeros(8).bytes(IPV6_UDP).toArray();
        assertUdp(Decapsulator.unwrap(packet(LinkTypes.LINUX_SLL2, sll2)));
        byte[] netlink = Bytes.of().u16(0).u16(824).u16(0).zeros(8).u16(0).zeros(16).toArray();
        assertNotUdp("netlink family 0", Decapsulator.unwrap(packet(LinkTypes.LINUX_SLL, netlink)));
        byte[] llc = Bytes.of().u16(0).u16(1).u16(6).zeros(8).u16(0x0004).zeros(16).toArray();
        assertNotUdp("linux cooked protocol 0x0004", Decapsulator.unwrap(packet(LinkTypes.LINUX_SLL, llc)));
    }

    @Test
    void stackedVlanTagsAreSteppedOver() {
        // 802.1ad outer tag, legacy 0x9100 tag, then 802.1Q inner tag.
        byte[] tagged = Bytes.of().u32(0x02000000L).u16(1).u32(0x02000000L).u16(2)
                .u16(0x88A8).u16(100).u16(0x9100).u16(200).u16(0x8100).u16(300).u16(ETHERTYPE_IPV4)
                .bytes(IPV4_UDP).toArray();
        assertUdp(Decapsulator.unwrap(packet(LinkTypes.ETHERNET, tagged)));
        byte[] cutInTag = Bytes.of().zeros(12).u16(0x8100).u16(100).toArray();
        assertBad("link.truncated", Decapsulator.unwrap(packet(LinkTypes.ETHERNET, cutInTag)));
    }

    @Test
    void ipv6ExtensionHeaderChainIsFollowedToUdp() {
        // hop-by-hop -> routing -> destination options -> AH -> atomic fragment -> UDP
        byte[] chain = TestFrames.optionsHeader(43,
                1, TestFrames.optionsHeader(60,
                        2, TestFrames.optionsHeader(51,
                                1, Bytes.concat(TestFrames.authenticationHeader(44),
                                        TestFrames.fragmentHeader(17, 0, false), UDP))));
        assertUdp(Decapsulator.unwrap(packet(LinkTypes.IPV6, ipv6(0, chain))));
    }

    @Test
    void ipv6FragmentsAreReportedBecauseWeDoNotReassemble() {
        byte[] first = ipv6(44, Bytes.concat(TestFrames.fragmentHeader(17, 0, true), UDP));
        BadPacket bad = assertBad("ipv6.fragment", Decapsulator.unwrap(packet(LinkTypes.IPV6, first)));
        assertTrue(bad.detail().contains("not reassembled"), bad.detail());
        byte[] later = ipv6(44, Bytes.concat(TestFrames.fragmentHeader(17, 1480, false), PAYLOAD));
        assertBad("ipv6.fragment", Decapsulator.unwrap(packet(LinkTypes.IPV6, later)));
        byte[] tcpFragment = ipv6(44, Bytes.concat(TestFrames.fragmentHeader(6, 8, true), PAYLOAD));
        assertNotUdp("ip proto 6", Decapsulator.unwrap(packet(LinkTypes.IPV6, tcpFragment)));
    }

    @Test
    void ipv6ChainRunningPastThePayloadIsTruncated() {
        byte[] hopByHopClaimingMore = Bytes.of().u8(17).u8(5).zeros(6).toArray();
        assertBad("ipv6.truncated", Decapsulator.unwrap(packet(LinkTypes.IPV6, ipv6(0, hopByHopClaimingMore))));
    }

    @Test
    void ipv4OptionsAreSkipped() {
        byte[] options = {(byte) 0x94, 4, 0, 0}; // Router Alert (RFC 2113)
        assertUdp(Decapsulator.unwrap(packet(LinkTypes.IPV4, ipv4(17, UDP, options, 0))));
    }

    @Test
    void ipv4FragmentsAreReportedBecauseWeDoNotReassemble() {
        BadPacket first = assertBad("ipv4.fragment", Decapsulator.unwrap(packet(LinkTypes.IPV4, ipv4(17, UDP, new byte[0], 0x2000))));
        assertTrue(first.detail().contains("not reassembled"), first.detail());
        assertBad("ipv4.fragment", Decapsulator.unwrap(packet(LinkTypes.IPV4, ipv4(17, PAYLOAD, new byte[0], 185))));
        assertNotUdp("ip proto 6", Decapsulator.unwrap(packet(LinkTypes.IPV4, ipv4(6, PAYLOAD, new byte[0], 0x2000))));
    }

    @Test
    void ethernetPaddingAfterTheIpPacketIsNotPayload() {
        byte[] padded = Bytes.concat(ethernet(ETHERTYPE_IPV4, IPV4_UDP), new byte[18]);
        assertUdp(Decapsulator.unwrap(packet(LinkTypes.ETHERNET, padded)));
    }

    @Test
    void otherProtocolsAndLinkTypesAreNotUdpRatherThanErrors() {
        assertNotUdp("ethertype 0x0806", Decapsulator.unwrap(packet(LinkTypes.ETHERNET, ethernet(0x0806, new byte[28]))));
        assertNotUdp("802.3 length 0x002e", Decapsulator.unwrap(packet(LinkTypes.ETHERNET, ethernet(46, new byte[46]))));
        assertNotUdp("ip proto 6", Decapsulator.unwrap(packet(LinkTypes.IPV4, ipv4(6, new byte[20]))));
        assertNotUdp("ip proto 58", Decapsulator.unwrap(packet(LinkTypes.IPV6, ipv6(58, new byte[8]))));
        assertNotUdp("ipv6 no next header", Decapsulator.unwrap(packet(LinkTypes.IPV6, ipv6(59, new byte[0]))));
        assertNotUdp("link type 147", Decapsulator.unwrap(packet(LinkTypes.USER0, new byte[10])));
    }

    @Test
    void damagedHeadersAreBadPacketsWithTheirLayerInTheReason() {
        byte[] ihl4 = IPV4_UDP.clone();
        ihl4[0] = 0x44;
        assertBad("ipv4.header-length", Decapsulator.unwrap(packet(LinkTypes.IPV4, ihl4)));
        byte[] totalBelowHeader = IPV4_UDP.clone();
        totalBelowHeader[2] = 0;
        totalBelowHeader[3] = 19;
        assertBad("ipv4.total-length", Decapsulator.unwrap(packet(LinkTypes.IPV4, totalBelowHeader)));
        assertBad("ipv4.truncated", Decapsulator.unwrap(packet(LinkTypes.IPV4, java.util.Arrays.copyOf(IPV4_UDP, IPV4_UDP.length - 1))));
        assertBad("ipv4.truncated", Decapsulator.unwrap(packet(LinkTypes.IPV4, java.util.Arrays.copyOf(IPV4_UDP, 12))));
        assertBad("ipv6.truncated", Decapsulator.unwrap(packet(LinkTypes.IPV6, java.util.Arrays.copyOf(IPV6_UDP, IPV6_UDP.length - 1))));
        assertBad("link.truncated", Decapsulator.unwrap(packet(LinkTypes.ETHERNET, new byte[13])));
        assertBad("link.truncated", Decapsulator.unwrap(packet(LinkTypes.NULL, new byte[3])));

        byte[] udpTooLong = udp(34567, 4729, PAYLOAD);
        udpTooLong[5] = (byte) (udpTooLong[5] + 1);
        assertBad("udp.length", Decapsulator.unwrap(packet(LinkTypes.IPV4, ipv4(17, udpTooLong))));
        byte[] udpTooShort = udp(34567, 4729, PAYLOAD);
        udpTooShort[4] = 0;
        udpTooShort[5] = 7;
        assertBad("udp.length", Decapsulator.unwrap(packet(LinkTypes.IPV6, ipv6(17, udpTooShort))));
        assertBad("udp.truncated", Decapsulator.unwrap(packet(LinkTypes.IPV4, ipv4(17, new byte[7]))));
    }

    @Test
    void udpLengthShorterThanTheIpPayloadLimitsThePayload() {
        byte[] withTrailer = Bytes.concat(UDP, new byte[] {9, 9, 9});
        assertUdp(Decapsulator.unwrap(packet(LinkTypes.IPV4, ipv4(17, withTrailer))));
    }

    @Test
    void aPacketCutBySnaplenSaysSoInTheDetail() {
        byte[] frame = ethernet(ETHERTYPE_IPV4, IPV4_UDP);
        CapturedPacket cut = new CapturedPacket(TestFrames.REF, LinkTypes.ETHERNET,
                ByteBuffer.wrap(frame, 0, 40).slice().asReadOnlyBuffer(), frame.length);
        BadPacket bad = assertBad("ipv4.truncated", Decapsulator.unwrap(cut));
        assertTrue(bad.detail().contains("snapshot length"), bad.detail());
    }

    @Test
    void payloadIsAViewOfTheCapturedBytesNotACopy() {
        byte[] frame = ethernet(ETHERTYPE_IPV4, IPV4_UDP);
        CapturedPacket writable = new CapturedPacket(TestFrames.REF, LinkTypes.ETHERNET, ByteBuffer.wrap(frame), frame.length);
        UdpDatagram udp = assertUdp(Decapsulator.unwrap(writable));
        frame[frame.length - 1] = '!';
        assertEquals('!', udp.payload().get(udp.payload().limit() - 1));
    }

    @Test
    void tenThousandRandomFramesAreEachClassifiedWithoutAnException() {
        Random random = new Random(20_240_601L);
        int[] linkTypes = {LinkTypes.ETHERNET, LinkTypes.NULL, LinkTypes.RAW, LinkTypes.LINUX_SLL, LinkTypes.LINUX_SLL2, LinkTypes.IPV6};
        byte[][] valid = {ethernet(ETHERTYPE_IPV4, IPV4_UDP), ethernet(ETHERTYPE_IPV6, IPV6_UDP),
                ethernet(ETHERTYPE_IPV6, ipv6(0, TestFrames.optionsHeader(44, 1, Bytes.concat(TestFrames.fragmentHeader(17, 0, false), UDP))))};
        Map<Class<?>, Integer> kinds = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            byte[] frame;
            int linkType;
            if (i % 3 == 0) {
                // A valid frame with a few bytes changed and perhaps cut short.
                byte[] original = valid[random.nextInt(valid.length)];
                frame = java.util.Arrays.copyOf(original, random.nextInt(4) == 0 ? random.nextInt(original.length) : original.length);
                for (int flips = random.nextInt(3); flips > 0 && frame.length > 0; flips--) {
                    frame[random.nextInt(frame.length)] = (byte) random.nextInt(256);
                }
                linkType = LinkTypes.ETHERNET;
            } else {
                frame = new byte[random.nextInt(120)];
                random.nextBytes(frame);
                // Steer many frames past the link layer so the IP checks see random bytes too.
                if (frame.length > 15 && random.nextBoolean()) {
                    boolean v4 = random.nextBoolean();
                    frame[12] = v4 ? (byte) 0x08 : (byte) 0x86;
                    frame[13] = v4 ? 0 : (byte) 0xDD;
                    frame[14] = (byte) (v4 ? 0x45 : 0x60);
                }
                linkType = i % 3 == 1 ? LinkTypes.ETHERNET : linkTypes[random.nextInt(linkTypes.length)];
            }
            Unwrapped result = Decapsulator.unwrap(packet(linkType, frame));
            assertNotNull(result);
            if (result instanceof BadPacket bad) {
                assertTrue(bad.reason().matches("(link|ipv4|ipv6|udp)\\.[a-z-]+"), bad.reason());
            }
            kinds.merge(result.getClass(), 1, Integer::sum);
        }
        assertEquals(3, kinds.size(), "random frames reach every outcome: " + kinds);
    }
}
