package org.roguewatch.lte.nas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.Decoded;
import org.roguewatch.gsmtap.GsmtapType;
import org.roguewatch.testing.Hex;

/**
 * Every NAS PDU of the real LTESniffer capture, in its own LTE_NAS frame and inside the RRC frame
 * that carried it (dedicatedInfoNAS), decodes to what tshark 4.0 showed (capture-tshark.tsv, from
 * src/test/tshark/nas/make-fixtures.sh): message type, security header type, sequence number,
 * identity type, selected algorithms, causes, RAND/AUTN, T3412, network names. tshark dissected
 * the capture twice: by default it reads an EEA0 body under security header type 2 as plain,
 * which {@link NasDecoder#decodeAssumingNullCipher} must match; with nas-eps.null_decipher off it
 * shows "Ciphered message", which {@link NasDecoder#decode} must match.
 */
class NasCaptureTsharkTest {
    private static final List<Map<String, String>> ROWS = TsharkRows.read("capture-tshark.tsv");
    private static Map<Long, LteSnifferCapture.Frame> capture;

    @BeforeAll
    static void readCapture() throws IOException {
        capture = LteSnifferCapture.frames();
    }

    /** The PDU tshark dissected in this row: the LTE_NAS frame's payload, or the octets tshark took from the RRC frame. */
    private static byte[] pdu(Map<String, String> row) {
        LteSnifferCapture.Frame frame = capture.get(Long.parseLong(row.get("frame.number")));
        if (frame.type() == GsmtapType.LTE_NAS) {
            return frame.payload();
        }
        String fromRrc = row.get("lte-rrc.dedicatedInfoNAS").isEmpty() ? row.get("lte-rrc.DedicatedInfoNAS")
                : row.get("lte-rrc.dedicatedInfoNAS");
        return Hex.bytes(fromRrc);
    }

    @Test
    void everyLteNasFrameOfTheCaptureIsInTheFixtureOncePerMode() {
        List<Long> nasFrames = capture.values().stream().filter(f -> f.type() == GsmtapType.LTE_NAS)
                .map(LteSnifferCapture.Frame::number).toList();
        assertEquals(6, nasFrames.size(), "LTE_NAS frames in the capture");
        for (String mode : List.of("TRUE", "FALSE")) {
            List<Long> inFixture = ROWS.stream().filter(r -> r.get("null_decipher").equals(mode))
                    .filter(r -> r.get("gsmtap.type").equals(String.valueOf(GsmtapType.LTE_NAS)))
                    .map(r -> Long.parseLong(r.get("frame.number"))).toList();
            assertEquals(nasFrames, inFixture, mode);
        }
        long rrcRows = ROWS.stream().filter(r -> r.get("gsmtap.type").equals(String.valueOf(GsmtapType.LTE_RRC))).count();
        assertEquals(12, rrcRows, "RRC frames with a NAS PDU, in both modes");
    }

    @Test
    void nasPduTsharkTookFromEachRrcFrameLiesInThatFramesPayload() {
        for (Map<String, String> row : ROWS) {
            LteSnifferCapture.Frame frame = capture.get(Long.parseLong(row.get("frame.number")));
            if (frame.type() == GsmtapType.LTE_RRC) {
                assertTrue(containsAtSomeBitOffset(frame.payload(), pdu(row)), "frame " + frame.number());
            }
        }
    }

    @Test
    void decodeAgreesWithTsharkThatCannotReadCipheredBodies() {
        assertAgreement("FALSE", false);
    }

    @Test
    void decodeAssumingNullCipherAgreesWithTsharksDefaultNullDeciphering() {
        assertAgreement("TRUE", true);
    }

    private static void assertAgreement(String mode, boolean nullCipher) {
        List<String> mismatches = new ArrayList<>();
        int rows = 0;
        for (Map<String, String> row : ROWS) {
            if (!row.get("null_decipher").equals(mode)) {
                continue;
            }
            String label = "frame " + row.get("frame.number");
            ByteBuffer bytes = ByteBuffer.wrap(pdu(row));
            Decoded<NasPdu> decoded = nullCipher ? NasDecoder.decodeAssumingNullCipher(bytes) : NasDecoder.decode(bytes);
            assertInstanceOf(Decoded.Ok.class, decoded, label);
            NasPdu pdu = decoded.valueOrNull();
            mismatches.addAll(NasTsharkExpectations.mismatches(label, NasTsharkExpectations.of(pdu), row));
            assertTrue(row.get("_ws.col.Info").contains(pdu.name()), label + ": Info '" + row.get("_ws.col.Info")
                    + "' names " + pdu.name());
            rows++;
        }
        assertEquals(List.of(), mismatches);
        assertEquals(12, rows);
    }

    @Test
    void securityModeCommandOfTheCaptureSelectsEea0AndEia1UnderANewContext() {
        NasPdu pdu = NasDecoder.decode(capture.get(98L).buffer()).valueOrNull();
        assertEquals(new NasPdu(3, false, new EmmSecurityModeCommand(0, 1, 0, false), 0), pdu);
        assertEquals("Security mode command", pdu.name());
        assertEquals("EEA0, 128-EIA1, KSI 0 (integrity protected with new EPS security context, seq 0)", pdu.info());
    }

    @Test
    void identityRequestOfTheCaptureAsksForTheImsiInThePlain() {
        NasPdu pdu = NasDecoder.decode(capture.get(90L).buffer()).valueOrNull();
        assertEquals(NasPdu.plain(new EmmIdentityRequest(IdentityType2.IMSI)), pdu);
        assertTrue(((EmmIdentityRequest) pdu.message()).identityType().asksForImsi());
    }

    @Test
    void cipheredAttachAcceptIsUnreadUnlessNullCipheringIsAssumed() {
        ByteBuffer bytes = capture.get(110L).buffer();
        NasPdu sealed = NasDecoder.decode(bytes).valueOrNull();
        assertEquals(new NasPdu(2, true, null, 2), sealed);
        assertEquals(NasPdu.CIPHERED_MESSAGE, sealed.name());
        assertNull(sealed.message());

        NasPdu read = NasDecoder.decodeAssumingNullCipher(bytes).valueOrNull();
        EmmAttachAccept accept = assertInstanceOf(EmmAttachAccept.class, read.message());
        assertEquals(new EmmAttachAccept(2, 1800, EsmMessage.of(0xc1), -1), accept);
        assertTrue(read.ciphered());
        assertEquals(0, bytes.position(), "the caller's buffer is not moved");
    }

    @Test
    void emmInformationOfTheCaptureNamesTheNetwork() {
        NasPdu pdu = NasDecoder.decodeAssumingNullCipher(capture.get(124L).buffer()).valueOrNull();
        assertEquals(new EmmInformation("Software Radio Systems RAN", "srsRAN"), pdu.message());
        assertFalse(pdu.info().isEmpty());
    }

    /** Whether {@code needle} occurs in {@code haystack} starting at any bit (UPER does not align octet strings). */
    static boolean containsAtSomeBitOffset(byte[] haystack, byte[] needle) {
        long bits = (long) haystack.length * 8 - (long) needle.length * 8;
        for (long start = 0; start <= bits; start++) {
            boolean match = true;
            for (int i = 0; i < needle.length && match; i++) {
                match = octetAt(haystack, start + 8L * i) == (needle[i] & 0xff);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    private static int octetAt(byte[] bytes, long bit) {
        int index = (int) (bit >>> 3);
        int shift = (int) (bit & 7);
        int high = (bytes[index] & 0xff) << shift;
        int low = shift == 0 || index + 1 >= bytes.length ? 0 : (bytes[index + 1] & 0xff) >>> (8 - shift);
        return (high | low) & 0xff;
    }
}
