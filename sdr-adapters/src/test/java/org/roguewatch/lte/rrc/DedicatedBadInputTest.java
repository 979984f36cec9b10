package org.roguewatch.lte.rrc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.Decoded;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.lte.per.PerWriter;
import org.roguewatch.lte.rrc.DedicatedFixtureFrames.Frame;
import org.roguewatch.lte.rrc.PagingRecord.UeIdentityType;
import org.roguewatch.lte.rrc.RedirectedCarrierInfo.Rat;

/**
 * Truncated, overlong, extended and random input: no exception escapes, every failure has an
 * {@code lte-rrc.*} reason, and unknown extensions are skipped by their length, never guessed.
 */
class DedicatedBadInputTest {

    private static Decoded<LteMessage> decode(int subType, byte[] bytes) {
        try {
            return DedicatedChannels.decode(subType, ByteBuffer.wrap(bytes));
        } catch (RuntimeException e) {
            throw new AssertionError("exception escaped for " + HexFormat.of().formatHex(bytes), e);
        }
    }

    private static void assertMalformed(String reason, Decoded<LteMessage> decoded) {
        Decoded.Malformed<LteMessage> malformed = assertInstanceOf(Decoded.Malformed.class, decoded, decoded.toString());
        assertEquals(reason, malformed.reason(), malformed.detail());
        assertTrue(malformed.offset() >= 0);
    }

    /** Every encoder frame and every real capture frame, with its GSMTAP sub-type. */
    private static List<Frame> allFrames() throws IOException {
        List<Frame> frames = new ArrayList<>(DedicatedFixtureFrames.frames());
        for (Map<String, String> row : DedicatedFixtureTable.read("dedicated-capture.tshark.tsv")) {
            byte[] datagram = HexFormat.of().parseHex(row.get("udp.payload"));
            if (datagram[2] == 0x0d) {
                byte[] payload = java.util.Arrays.copyOfRange(datagram, 16, datagram.length);
                int subType = datagram[12];
                frames.add(new Frame("capture-" + row.get("frame.number"), subType,
                        (DedicatedRrcMessage) DedicatedChannels.decodeOk(subType, payload), payload));
            }
        }
        return frames;
    }

    /**
     * Our encoder's frames are read to their last octet (except those only named), so every cut is
     * truncation. A real frame may hold fields after the last one we read (the reconfiguration's
     * radioResourceConfigDedicated): a cut there must leave the decoded record unchanged.
     */
    @Test
    void everyFrameCutShortAtEveryOctetReportsTruncation() throws IOException {
        int cuts = 0;
        for (Frame frame : allFrames()) {
            boolean readToTheEnd = !(frame.message() instanceof OtherRrcMessage) && !frame.id().startsWith("capture-");
            for (int length = 0; length < frame.bytes().length; length++) {
                byte[] cut = java.util.Arrays.copyOf(frame.bytes(), length);
                Decoded<LteMessage> decoded = decode(frame.subType(), cut);
                if (!readToTheEnd && decoded instanceof Decoded.Ok<LteMessage> ok) {
                    assertEquals(frame.message(), ok.value(), frame.id() + " cut to " + length);
                } else {
                    assertMalformed("lte-rrc.truncated", decoded);
                }
                cuts++;
            }
        }
        assertTrue(cuts > 500, "cuts: " + cuts);
    }

    @Test
    void lengthsPastTheEndAreTruncation() {
        // DLInformationTransfer announcing 200 NAS octets, carrying 3
        PerWriter dl = new PerWriter().bit(false).constrained(1, 0, 15).constrained(0, 0, 3).bit(false)
                .constrained(0, 0, 3).bit(false).choice(0, 3, false).lengthDeterminant(200).bits(0x075501, 24);
        assertMalformed("lte-rrc.truncated", decode(1, dl.toBytes()));
        // Paging announcing 16 records, carrying 1
        PerWriter paging = new PerWriter().bit(false).bits(0b1000, 4).length(16, 1, 16)
                .bit(false).choice(0, 2, true).bits(1, 8).bits(2, 32).bit(false);
        assertMalformed("lte-rrc.truncated", decode(6, paging.toBytes()));
        // Redirection to NR whose open type announces 100 octets
        PerWriter nr = release(true, false).bit(true).normallySmall(1).lengthDeterminant(100).bits(0, 16);
        assertMalformed("lte-rrc.truncated", decode(1, nr.toBytes()));
        // Reconfiguration announcing 11 NAS PDUs, carrying 1
        PerWriter reconfiguration = new PerWriter().bit(false).constrained(4, 0, 15).constrained(0, 0, 3)
                .bit(false).constrained(0, 0, 7).bits(0b001000, 6).length(11, 1, 11).octets(new byte[] {7, 0x55, 1});
        assertMalformed("lte-rrc.truncated", decode(1, reconfiguration.toBytes()));
        // Release whose late non-critical extension announces 50 octets
        PerWriter late = new PerWriter().bit(false).constrained(5, 0, 15).constrained(0, 0, 3).bit(false)
                .constrained(0, 0, 3).bit(false).bit(false).bit(true).constrained(1, 0, 3)
                .bit(true).bit(false).lengthDeterminant(50).bits(0xffff, 16);
        assertMalformed("lte-rrc.truncated", decode(1, late.toBytes()));
    }

    /** DL-DCCH RRCConnectionRelease-r8 up to its optional bitmap and cause "other". */
    private static PerWriter release(boolean redirect, boolean idle) {
        return new PerWriter().bit(false).constrained(5, 0, 15).constrained(0, 0, 3).bit(false).constrained(0, 0, 3)
                .bit(redirect).bit(idle).bit(false).constrained(1, 0, 3);
    }

    @Test
    void pagingRecordExtensionsAndUnknownIdentitiesAreSkippedByLength() {
        PerWriter out = new PerWriter().bit(false).bits(0b1000, 4).length(3, 1, 16);
        // record 1: extension bit set, one extension addition of two octets
        out.bit(true).choice(0, 2, true).bits(0x42, 8).bits(0x12345678L, 32).constrained(1, 0, 1);
        out.normallySmall(0).bit(true).openType(new byte[] {(byte) 0xde, (byte) 0xad});
        // record 2: a PagingUE-Identity alternative newer than ours (extension index 5)
        out.bit(false);
        DedicatedPer.extensionChoice(out, 5, new byte[] {1, 2, 3});
        out.constrained(0, 0, 1);
        // record 3: plain
        out.bit(false).choice(1, 2, true).length(6, 6, 21);
        for (int digit = 1; digit <= 6; digit++) {
            out.constrained(digit, 0, 9);
        }
        out.constrained(1, 0, 1);
        Paging expected = new Paging(List.of(PagingRecord.sTmsi(0x42, 0x12345678L, "cs"),
                new PagingRecord(UeIdentityType.UNKNOWN, -1, -1, null, "ps"), PagingRecord.imsi("123456", "cs")),
                false, false);
        assertEquals(expected, DedicatedChannels.decodeOk(6, out.toBytes()));
    }

    @Test
    void securityConfigExtensionsAndExtendedAlgorithmsAreSkippedByLength() {
        PerWriter out = new PerWriter().bit(false).constrained(6, 0, 15).constrained(0, 0, 3).bit(false)
                .constrained(0, 0, 3).bit(false);
        out.bit(true); // SecurityConfigSMC with extension additions
        out.enumerated(8, 8, true).enumerated(2, 8, true); // a ciphering algorithm newer than eea3
        out.normallySmall(1).bit(false).bit(true).openType(new byte[] {0x55, 0x66, 0x77});
        RrcSecurityModeCommand command = (RrcSecurityModeCommand) DedicatedChannels.decodeOk(1, out.toBytes());
        assertEquals(new RrcSecurityModeCommand(8, 2), command);
        assertEquals("extension-0", command.cipheringName());
        assertEquals("eia2", command.integrityName());
    }

    @Test
    void unknownRedirectionAndIdleModeExtensionsAreSkippedByLength() {
        PerWriter out = release(true, true);
        DedicatedPer.extensionChoice(out, 4, new byte[] {9, 9, 9, 9}); // a redirection RAT newer than nr-r15
        // IdleModeMobilityControlInfo with extension additions: freqPriorityListEUTRA and t320 in the
        // root, then group 1 (freqPriorityListExtEUTRA-r12) present as an open type
        out.bit(true).bits(0b1000001, 7).length(1, 1, 8).constrained(1300, 0, 65535).constrained(6, 0, 7)
                .constrained(2, 0, 7);
        PerWriter group = new PerWriter().bit(true).length(1, 1, 8).constrained(70000, 0, 262143).constrained(5, 0, 7);
        out.normallySmall(2).bit(true).bit(false).bit(false).openType(group.toBytes());
        RrcConnectionRelease release = (RrcConnectionRelease) DedicatedChannels.decodeOk(1, out.toBytes());
        assertEquals(new RrcConnectionRelease("other", new RedirectedCarrierInfo(Rat.OTHER, List.of(), null),
                new IdleModeMobilityControlInfo(List.of(new FrequencyPriority(1300, 6)), List.of(), List.of(),
                        List.of(), 20)), release);
    }

    @Test
    void releaseNonCriticalExtensionsAfterTheR8FieldsDoNotChangeThem() {
        byte[] plain = LteDedicatedEncoder.rrcConnectionRelease(new RrcConnectionRelease("other",
                RedirectedCarrierInfo.utraFdd(10700), null));
        PerWriter out = new PerWriter().bit(false).constrained(5, 0, 15).constrained(0, 0, 3).bit(false)
                .constrained(0, 0, 3).bit(true).bit(false).bit(true).constrained(1, 0, 3).choice(2, 6, true)
                .constrained(10700, 0, 16383);
        out.bit(false).bit(true); // v890: no late extension, v920 present
        out.bit(false).bit(true).bit(true).constrained(1800, 1, 1800).bits(0xabcdef, 24); // v920 -> v1020 ...
        assertEquals(DedicatedChannels.decodeOk(1, plain), DedicatedChannels.decodeOk(1, out.toBytes()));
    }

    @Test
    void extensionAdditionsCutShortOrAnnouncedByTheBillionAreTruncation() {
        PerWriter cut = new PerWriter().bit(false).constrained(6, 0, 15).constrained(0, 0, 3).bit(false)
                .constrained(0, 0, 3).bit(false).bit(true).enumerated(0, 8, true).enumerated(2, 8, true)
                .normallySmall(0).bit(true).lengthDeterminant(9).bits(0, 8);
        assertMalformed("lte-rrc.truncated", decode(1, cut.toBytes()));
        PerWriter billions = new PerWriter().bit(false).constrained(6, 0, 15).constrained(0, 0, 3).bit(false)
                .constrained(0, 0, 3).bit(false).bit(true).enumerated(0, 8, true).enumerated(2, 8, true)
                .normallySmall(3_000_000_000L).bits(0xffff, 16);
        assertMalformed("lte-rrc.truncated", decode(1, billions.toBytes()));
    }

    @Test
    void spareAlternativesAndOutOfRangeValuesAreReported() {
        assertMalformed("lte-rrc.spare-message", decode(1, new PerWriter().bit(false).constrained(14, 0, 15)
                .bits(0, 16).toBytes()));
        assertMalformed("lte-rrc.spare-message", decode(1, new PerWriter().bit(false).constrained(15, 0, 15)
                .bits(0, 16).toBytes()));
        assertMalformed("lte-rrc.spare-message", decode(0, new PerWriter().bit(true).bit(false).constrained(2, 0, 3)
                .bits(0, 8).toBytes()));
        assertMalformed("lte-rrc.spare-message", decode(2, new PerWriter().bit(true).bit(true).bit(false)
                .constrained(3, 0, 3).bits(0, 8).toBytes()));
        // CarrierFreqsGERAN followingARFCNs has three alternatives: index 3 is out of range
        PerWriter geran = release(true, false).choice(1, 6, true).constrained(10, 0, 1023).bit(false).bits(3, 2)
                .bits(0, 16);
        assertMalformed("lte-rrc.constraint", decode(1, geran.toBytes()));
        // IMSI-Digit ::= INTEGER (0..9): 4 bits can say 15
        PerWriter imsi = new PerWriter().bit(false).bits(0b1000, 4).length(1, 1, 16).bit(false).choice(1, 2, true)
                .length(6, 6, 21).bits(0x12345f, 24).bit(false);
        assertMalformed("lte-rrc.constraint", decode(6, imsi.toBytes()));
    }

    @Test
    void newerCriticalExtensionsAndMessageClassExtensionsAreNamedNotDecoded() {
        // RRCConnectionRelease with criticalExtensionsFuture
        assertEquals(new OtherRrcMessage("DL-DCCH", "RRCConnectionRelease"), DedicatedChannels.decodeOk(1,
                new PerWriter().bit(false).constrained(5, 0, 15).constrained(0, 0, 3).bit(true).toBytes()));
        // SecurityModeCommand with a spare c1 alternative
        assertEquals(new OtherRrcMessage("DL-DCCH", "SecurityModeCommand"), DedicatedChannels.decodeOk(1,
                new PerWriter().bit(false).constrained(6, 0, 15).constrained(0, 0, 3).bit(false).constrained(2, 0, 3)
                        .toBytes()));
        assertEquals(new OtherRrcMessage("PCCH", "messageClassExtension"), DedicatedChannels.decodeOk(6,
                new byte[] {(byte) 0x80}));
        assertEquals(new OtherRrcMessage("UL-DCCH", "MCGFailureInformation-r16"), DedicatedChannels.decodeOk(3,
                new PerWriter().bit(true).bit(false).constrained(14, 0, 15).toBytes()));
        assertEquals(new OtherRrcMessage("UL-CCCH", "RRCConnectionResumeRequest-r13"), DedicatedChannels.decodeOk(2,
                new PerWriter().bit(true).bit(false).bits(0, 7).toBytes()));
        assertEquals(new DlInformationTransfer(new byte[0], false), DedicatedChannels.decodeOk(1,
                new PerWriter().bit(false).constrained(1, 0, 15).constrained(0, 0, 3).bit(false).constrained(1, 0, 3)
                        .bits(0, 3).toBytes()), "r15 without dedicatedInfoType");
    }

    @Test
    void reconfigurationWithMobilityControlInfoLeavesTheNasListUndecoded() {
        PerWriter handover = new PerWriter().bit(false).constrained(4, 0, 15).constrained(0, 0, 3).bit(false)
                .constrained(0, 0, 7).bits(0b011000, 6).bits(0x1234567, 28);
        assertEquals(new RrcConnectionReconfiguration(List.of(), false), DedicatedChannels.decodeOk(1,
                handover.toBytes()));
    }

    @Test
    void tenThousandRandomPayloadsPerChannelNeverThrowAndAlwaysGiveAReason() {
        Random random = new Random(20230425);
        for (int subType : DedicatedChannels.SUB_TYPES) {
            int ok = 0;
            for (int i = 0; i < 10_000; i++) {
                byte[] bytes = new byte[random.nextInt(64)];
                random.nextBytes(bytes);
                Decoded<LteMessage> decoded = decode(subType, bytes);
                if (decoded instanceof Decoded.Malformed<LteMessage> malformed) {
                    assertTrue(malformed.reason().startsWith("lte-rrc.") && malformed.reason().length() > 8,
                            malformed.reason());
                    assertTrue(malformed.detail() != null && !malformed.detail().isBlank());
                    assertTrue(malformed.offset() >= 0 && malformed.offset() <= bytes.length, malformed.toString());
                } else if (decoded instanceof Decoded.Ok<LteMessage> value) {
                    assertInstanceOf(DedicatedRrcMessage.class, value.value());
                    ok++;
                } else {
                    fail("neither ok nor malformed");
                }
            }
            assertTrue(ok > 0, "sub-type " + subType + ": random bytes never decode");
        }
    }

    @Test
    void emptyPayloadIsTruncation() {
        for (int subType : DedicatedChannels.SUB_TYPES) {
            assertMalformed("lte-rrc.truncated", decode(subType, new byte[0]));
        }
    }
}
