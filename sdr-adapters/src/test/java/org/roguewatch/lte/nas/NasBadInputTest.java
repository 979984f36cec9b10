package org.roguewatch.lte.nas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.Decoded;
import org.roguewatch.testing.Hex;

/**
 * Bad input never escapes as an exception: every PDU cut short, every octet overwritten, 10,000
 * seeded random PDUs. What the decoder cannot read is Malformed with a reason key and an offset
 * inside the PDU; a cut is read as a message only where it falls between optional IEs.
 */
class NasBadInputTest {
    private static final Pattern REASON = Pattern.compile("nas-eps\\.[a-z0-9.-]+");

    /** Checks one result: Malformed has a reason and an offset within the input. */
    private static Decoded<NasPdu> checked(Decoded<NasPdu> decoded, byte[] input) {
        assertNotNull(decoded, Hex.of(input));
        if (decoded instanceof Decoded.Malformed<NasPdu> bad) {
            assertTrue(REASON.matcher(bad.reason()).matches(), bad.reason());
            assertTrue(bad.offset() >= 0 && bad.offset() <= input.length, bad + " for " + Hex.of(input));
            assertFalse(bad.detail().isEmpty());
        } else {
            NasPdu pdu = decoded.valueOrNull();
            assertFalse(pdu.name().isEmpty());
            assertNotNull(pdu.info());
        }
        return decoded;
    }

    private static Decoded<NasPdu> both(byte[] input) {
        checked(NasDecoder.decode(ByteBuffer.wrap(input)), input);
        return checked(NasDecoder.decodeAssumingNullCipher(ByteBuffer.wrap(input)), input);
    }

    @Test
    void encoderFramesCutShortAreMalformedUnlessTheCutFallsBetweenOptionalIes() {
        int readable = 0;
        for (NasFixtureFrames.Frame frame : NasFixtureFrames.frames()) {
            NasPdu pdu = frame.pdu();
            int mandatory = encode(pdu.securityHeaderType(), withoutOptionalIes(pdu.message()), pdu.sequenceNumber()).length;
            for (int cut = 0; cut < frame.bytes().length; cut++) {
                byte[] prefix = Arrays.copyOf(frame.bytes(), cut);
                Decoded<NasPdu> decoded = both(prefix);
                String where = frame.id() + " cut at " + cut;
                if (pdu.message() instanceof EmmDetachRequest d && d.ueOriginating() && cut == mandatory - 12) {
                    // Cut right after the detach type (the 12-octet identity LV follows), the UE's form
                    // reads as the network's: the octet after it decides (EmmDecoder.detachRequest).
                    assertFalse(((EmmDetachRequest) decoded.valueOrNull().message()).ueOriginating(), where);
                } else if (cut < mandatory) {
                    assertInstanceOf(Decoded.Malformed.class, decoded, where);
                } else if (decoded instanceof Decoded.Ok<NasPdu> ok) {
                    NasPdu read = ok.value();
                    assertEquals(Hex.of(prefix), Hex.of(encode(read.securityHeaderType(), read.message(),
                            read.sequenceNumber())), where + ": reads as a message only at an IE boundary");
                    readable++;
                }
            }
        }
        assertTrue(readable > 20, "cuts between optional IEs: " + readable);
    }

    @Test
    void realFramesCutShortAreMalformedExceptBetweenOptionalIes() throws IOException {
        Map<Long, LteSnifferCapture.Frame> capture = LteSnifferCapture.frames();
        // Cuts that end at an optional IE boundary, from the layouts tshark showed: Attach accept
        // (frame 110: mandatory part ends at 48, then GUTI to 61, LAI to 67, MS identity to 74) and
        // EMM information (frame 124: header and type end at 8, full name at 34, short name at 43).
        Map<Long, Set<Integer>> boundaries = Map.of(90L, Set.of(), 93L, Set.of(), 98L, Set.of(), 102L, Set.of(),
                110L, Set.of(48, 61, 67), 124L, Set.of(8, 34, 43));
        for (Map.Entry<Long, Set<Integer>> entry : boundaries.entrySet()) {
            byte[] bytes = capture.get(entry.getKey()).payload();
            Set<Integer> readable = new TreeSet<>();
            for (int cut = 0; cut < bytes.length; cut++) {
                byte[] prefix = Arrays.copyOf(bytes, cut);
                if (both(prefix) instanceof Decoded.Ok) {
                    readable.add(cut);
                }
            }
            assertEquals(entry.getValue(), readable, "frame " + entry.getKey());
        }
    }

    @Test
    void everyOctetOverwrittenNeverEscapesAsAnException() throws IOException {
        List<byte[]> inputs = new java.util.ArrayList<>();
        NasFixtureFrames.frames().forEach(f -> inputs.add(f.bytes()));
        LteSnifferCapture.frames().values().stream().filter(f -> f.type() == 0x12).forEach(f -> inputs.add(f.payload()));
        int malformed = 0;
        for (byte[] input : inputs) {
            for (int i = 0; i < input.length; i++) {
                for (int value : new int[] {0x00, 0xff, (input[i] & 0xff) ^ 0x80, (input[i] + 1) & 0xff}) {
                    byte[] mutated = input.clone();
                    mutated[i] = (byte) value;
                    if (both(mutated) instanceof Decoded.Malformed) {
                        malformed++;
                    }
                }
            }
        }
        assertTrue(malformed > 500, "mutations reported malformed: " + malformed);
    }

    @Test
    void tenThousandSeededRandomPdusNeverEscapeAsAnException() {
        Random random = new Random(0x24301L);
        int[] headers = {0x07, 0x17, 0x27, 0x37, 0x47, 0x57, 0x67, 0xc7, 0x02, 0x52, 0x0f};
        int[] types = {0x41, 0x42, 0x44, 0x45, 0x48, 0x49, 0x4b, 0x4e, 0x52, 0x53, 0x55, 0x56, 0x5d, 0x61, 0xc1};
        Map<String, Integer> reasons = new TreeMap<>();
        int ok = 0;
        for (int i = 0; i < 10_000; i++) {
            byte[] pdu = new byte[random.nextInt(48)];
            random.nextBytes(pdu);
            if (pdu.length > 1 && random.nextBoolean()) {
                // Steer half of them into the message parsers: a real header octet and message type.
                pdu[0] = (byte) headers[random.nextInt(headers.length)];
                boolean protectedHeader = (pdu[0] & 0x0f) == 7 && (pdu[0] & 0xf0) != 0 && (pdu[0] & 0xf0) != 0xc0;
                int inner = protectedHeader ? 6 : 0;
                if (protectedHeader && pdu.length > 7) {
                    pdu[6] = (byte) (random.nextBoolean() ? 0x07 : 0x02);
                }
                int typeAt = inner < pdu.length ? inner + ((pdu[inner] & 0x0f) == 2 ? 2 : 1) : pdu.length;
                if (typeAt < pdu.length) {
                    pdu[typeAt] = (byte) types[random.nextInt(types.length)];
                }
            }
            Decoded<NasPdu> decoded = both(pdu);
            if (decoded instanceof Decoded.Malformed<NasPdu> bad) {
                reasons.merge(bad.reason(), 1, Integer::sum);
            } else {
                ok++;
            }
        }
        assertTrue(ok > 1000, "random PDUs that decoded: " + ok);
        assertTrue(reasons.keySet().containsAll(Set.of("nas-eps.truncated", "nas-eps.ie-length", "nas-eps.empty",
                "nas-eps.protocol-discriminator", "nas-eps.security-header-type", "nas-eps.nested-security-header")),
                "reasons seen: " + reasons);
    }

    private static byte[] encode(int securityHeaderType, NasMessage message, long sequenceNumber) {
        return securityHeaderType == SecurityHeaderTypes.PLAIN ? NasEncoder.plain(message)
                : NasEncoder.integrityProtected(message, securityHeaderType, sequenceNumber);
    }

    /** The record with every optional IE it keeps left out: what the mandatory part alone encodes. */
    private static NasMessage withoutOptionalIes(NasMessage message) {
        Map<Class<?>, NasMessage> stripped = new HashMap<>();
        if (message instanceof EmmAttachAccept m) {
            stripped.put(m.getClass(), new EmmAttachAccept(m.attachResult(), m.t3412Seconds(), m.esmMessage(), -1));
        } else if (message instanceof EmmTrackingAreaUpdateAccept m) {
            stripped.put(m.getClass(), new EmmTrackingAreaUpdateAccept(m.updateResult(), -1));
        } else if (message instanceof EmmDetachRequest m) {
            stripped.put(m.getClass(), new EmmDetachRequest(m.ueOriginating(), m.detachType(), m.switchOff(), -1));
        } else if (message instanceof EmmSecurityModeCommand m) {
            stripped.put(m.getClass(), new EmmSecurityModeCommand(m.cipheringAlgorithm(), m.integrityAlgorithm(),
                    m.nasKsi(), false));
        } else if (message instanceof EmmInformation m) {
            stripped.put(m.getClass(), new EmmInformation(null, null));
        }
        return stripped.getOrDefault(message.getClass(), message);
    }
}
