package org.roguewatch.lte.rrc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roguewatch.capture.CaptureFiles;
import org.roguewatch.capture.CapturedPacket;
import org.roguewatch.capture.Decapsulator;
import org.roguewatch.capture.PacketReader;
import org.roguewatch.capture.UdpDatagram;
import org.roguewatch.decode.Decoded;
import org.roguewatch.gsmtap.GsmtapDecoder;
import org.roguewatch.gsmtap.GsmtapFrame;
import org.roguewatch.gsmtap.GsmtapType;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.testing.SharedCaptures;

/**
 * Every paging/dedicated RRC frame of the real LTESniffer capture decodes to what tshark shows
 * ({@code dedicated-capture.tshark.tsv}), and the NAS PDUs they carry are the bytes of the LTE_NAS
 * frames the capture holds beside them.
 */
class DedicatedCaptureTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final int GSMTAP_HEADER_HEX = 32;

    /** Frame number -> GSMTAP frame, for the LTE_RRC dedicated sub-types and LTE_NAS. */
    private static final Map<Long, GsmtapFrame> FRAMES = new TreeMap<>();
    private static final Map<Long, Map<String, String>> TSHARK = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws IOException {
        for (Map<String, String> row : DedicatedFixtureTable.read("dedicated-capture.tshark.tsv")) {
            TSHARK.put(Long.parseLong(row.get("frame.number")), row);
        }
    }

    private static Map<Long, GsmtapFrame> capture() throws IOException {
        if (FRAMES.isEmpty()) {
            try (PacketReader reader = CaptureFiles.open(SharedCaptures.require(SharedCaptures.LTE_SNIFFER_GSMTAP),
                    (reason, where, detail) -> {
                        throw new AssertionError(reason + " " + where + " " + detail);
                    })) {
                for (CapturedPacket packet = reader.next(); packet != null; packet = reader.next()) {
                    UdpDatagram udp = (UdpDatagram) Decapsulator.unwrap(packet);
                    GsmtapFrame frame = GsmtapDecoder.decode(udp.ref(), udp.payload()).valueOrNull();
                    int type = frame.header().type();
                    boolean dedicated = type == GsmtapType.LTE_RRC
                            && List.of(0, 1, 2, 3, 6).contains(frame.header().subType());
                    if (dedicated || type == GsmtapType.LTE_NAS) {
                        FRAMES.put(frame.ref().frame(), frame);
                    }
                }
            }
        }
        return FRAMES;
    }

    private static byte[] payload(GsmtapFrame frame) {
        ByteBuffer buffer = frame.payload().duplicate();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static LteMessage decode(long number) throws IOException {
        GsmtapFrame frame = capture().get(number);
        Decoded<LteMessage> decoded = DedicatedChannels.decode(frame.header().subType(), frame.payload().duplicate());
        assertInstanceOf(Decoded.Ok.class, decoded, "frame " + number + ": " + decoded);
        return decoded.valueOrNull();
    }

    @Test
    void theCaptureHoldsTheDedicatedFramesTsharkListed() throws IOException {
        Map<Long, GsmtapFrame> frames = capture();
        assertEquals(TSHARK.keySet(), frames.keySet());
        for (Map.Entry<Long, GsmtapFrame> entry : frames.entrySet()) {
            String udp = TSHARK.get(entry.getKey()).get("udp.payload");
            assertEquals(udp.substring(GSMTAP_HEADER_HEX), HEX.formatHex(payload(entry.getValue())),
                    "frame " + entry.getKey());
        }
        long rrc = frames.values().stream().filter(f -> f.header().type() == GsmtapType.LTE_RRC).count();
        assertEquals(11, rrc, "RRCConnectionSetup, DLInformationTransfer x5, SecurityModeCommand, "
                + "UECapabilityEnquiry, RRCConnectionReconfiguration, RRCConnectionRelease x2");
    }

    @Test
    void everyDedicatedRrcFrameDecodesAndIsNamedAsTsharkNamesIt() throws IOException {
        for (Map.Entry<Long, GsmtapFrame> entry : capture().entrySet()) {
            if (entry.getValue().header().type() != GsmtapType.LTE_RRC) {
                continue;
            }
            LteMessage message = decode(entry.getKey());
            String info = TSHARK.get(entry.getKey()).get("_ws.col.Info");
            assertTrue(info.startsWith(message.name()), "frame " + entry.getKey() + ": " + message + " vs " + info);
            assertEquals("", TSHARK.get(entry.getKey()).get("_ws.malformed"));
        }
    }

    @Test
    void dlInformationTransfersCarryTheNasBytesTsharkShowsAndTheNextLteNasFrameHolds() throws IOException {
        int checked = 0;
        for (Map.Entry<Long, Map<String, String>> entry : TSHARK.entrySet()) {
            String nas = entry.getValue().get("lte-rrc.dedicatedInfoNAS");
            if (nas.isEmpty()) {
                continue;
            }
            DlInformationTransfer transfer = (DlInformationTransfer) decode(entry.getKey());
            assertTrue(transfer.carriesNas());
            assertEquals(nas, HEX.formatHex(transfer.nasPdu()), "frame " + entry.getKey());
            assertArrayEquals(payload(capture().get(entry.getKey() + 1)), transfer.nasPdu(),
                    "LTE_NAS frame after " + entry.getKey());
            checked++;
        }
        assertEquals(5, checked);
    }

    @Test
    void reconfigurationIsWalkedPastItsMeasConfigToTheAttachAccept() throws IOException {
        RrcConnectionReconfiguration reconfiguration = (RrcConnectionReconfiguration) decode(109);
        assertTrue(reconfiguration.nasListDecoded());
        assertEquals("1", TSHARK.get(109L).get("lte-rrc.measConfig_element"), "measConfig precedes the NAS list");
        List<byte[]> nas = reconfiguration.dedicatedInfoNasList();
        assertEquals(1, nas.size());
        assertEquals(TSHARK.get(109L).get("lte-rrc.DedicatedInfoNAS"), HEX.formatHex(nas.get(0)));
        assertArrayEquals(payload(capture().get(110L)), nas.get(0), "the Attach Accept of LTE_NAS frame 110");
    }

    @Test
    void securityModeCommandChoosesNullCipheringAndEia2AsTsharkShows() throws IOException {
        RrcSecurityModeCommand command = (RrcSecurityModeCommand) decode(105);
        assertEquals(TSHARK.get(105L).get("lte-rrc.cipheringAlgorithm"), String.valueOf(command.cipheringAlgorithm()));
        assertEquals(TSHARK.get(105L).get("lte-rrc.integrityProtAlgorithm"),
                String.valueOf(command.integrityAlgorithm()));
        assertEquals("eea0", command.cipheringName());
        assertEquals("eia2", command.integrityName());
    }

    @Test
    void bothReleasesHaveCauseOtherAndNoRedirection() throws IOException {
        for (long frame : List.of(1546L, 1551L)) {
            assertEquals("1", TSHARK.get(frame).get("lte-rrc.releaseCause"));
            assertEquals("", TSHARK.get(frame).get("lte-rrc.redirectedCarrierInfo"));
            assertEquals(new RrcConnectionRelease("other", null, null), decode(frame));
        }
    }

    @Test
    void setupAndCapabilityEnquiryAreIdentifiedByName() throws IOException {
        assertEquals(new OtherRrcMessage("DL-CCCH", "RRCConnectionSetup"), decode(87));
        assertEquals(new OtherRrcMessage("DL-DCCH", "UECapabilityEnquiry"), decode(107));
    }
}
