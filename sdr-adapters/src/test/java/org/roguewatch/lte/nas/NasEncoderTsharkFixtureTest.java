package org.roguewatch.lte.nas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.roguewatch.testing.Hex;

/**
 * tshark, the oracle, read the encoder's GSMTAP LTE_NAS frames as the records they were encoded
 * from: encoder-tshark.tsv (src/test/tshark/nas/make-fixtures.sh) holds tshark 4.0's dissection of
 * every frame of {@link NasFixtureFrames}. The encoder must still write those exact octets, tshark
 * must have read every field as the record says and found nothing to complain about, and our
 * decoder must give the record back.
 */
class NasEncoderTsharkFixtureTest {
    private static final Map<String, Map<String, String>> ROWS = byId(TsharkRows.read("encoder-tshark.tsv"));

    private static final Set<Class<?>> EMM_RECORDS = Set.of(EmmAttachRequest.class, EmmAttachAccept.class,
            EmmAttachReject.class, EmmDetachRequest.class, EmmTrackingAreaUpdateRequest.class,
            EmmTrackingAreaUpdateAccept.class, EmmTrackingAreaUpdateReject.class, EmmServiceRequest.class,
            EmmServiceReject.class, EmmIdentityRequest.class, EmmIdentityResponse.class, EmmAuthenticationRequest.class,
            EmmAuthenticationReject.class, EmmAuthenticationResponse.class, EmmSecurityModeCommand.class,
            EmmSecurityModeComplete.class, EmmSecurityModeReject.class, EmmInformation.class, EmmStatus.class);

    @Test
    void encoderStillWritesTheOctetsTsharkDissected() {
        List<NasFixtureFrames.Frame> frames = NasFixtureFrames.frames();
        assertEquals(frames.size(), ROWS.size(), "one fixture row per frame");
        for (NasFixtureFrames.Frame frame : frames) {
            Map<String, String> row = ROWS.get(frame.id());
            assertNotNull(row, "fixture row for " + frame.id());
            assertEquals(row.get("carrier"), frame.carrier(), frame.id());
            assertEquals(row.get("hex"), Hex.of(frame.bytes()), frame.id() + ": regenerate the fixture if this changed");
        }
    }

    @Test
    void everyEmmRecordIsInTheFixturePlainAndIntegrityProtected() {
        Set<Class<?>> plain = new HashSet<>();
        Set<Class<?>> protectedOnes = new HashSet<>();
        for (NasFixtureFrames.Frame frame : NasFixtureFrames.frames()) {
            Class<?> type = frame.pdu().message().getClass();
            (frame.pdu().securityHeaderType() == 0 ? plain : protectedOnes).add(type);
        }
        Set<Class<?>> plainExpected = new HashSet<>(EMM_RECORDS);
        plainExpected.remove(EmmServiceRequest.class); // it has no plain form (24.301 9.1)
        assertTrue(plain.containsAll(plainExpected), "plain: " + plain);
        assertTrue(protectedOnes.containsAll(EMM_RECORDS), "protected: " + protectedOnes);
    }

    @Test
    void framesDecodeToTheRecordsTheyWereEncodedFrom() {
        for (NasFixtureFrames.Frame frame : NasFixtureFrames.frames()) {
            NasPdu expected = frame.pdu();
            ByteBuffer bytes = ByteBuffer.wrap(frame.bytes());
            if (expected.ciphered() && SecurityHeaderTypes.isCiphered(expected.securityHeaderType())) {
                assertEquals(expected, NasDecoder.decodeAssumingNullCipher(bytes).valueOrNull(), frame.id());
                assertEquals(new NasPdu(expected.securityHeaderType(), true, null, expected.sequenceNumber()),
                        NasDecoder.decode(bytes).valueOrNull(), frame.id());
            } else {
                assertEquals(expected, NasDecoder.decode(bytes).valueOrNull(), frame.id());
            }
        }
    }

    @Test
    void tsharkReadsEveryFieldAsTheRecordSays() {
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (NasFixtureFrames.Frame frame : NasFixtureFrames.frames()) {
            Map<String, String> row = ROWS.get(frame.id());
            Map<String, String> expected = new LinkedHashMap<>(NasTsharkExpectations.of(frame.pdu()));
            // Our frames' MAC is 4 zero octets, so tshark reads EEA0 bodies of type 2/4 (it only guesses ciphering when the MAC is not 0).
            expected.put(NasTsharkExpectations.CIPHERED, "");
            expected.put("gsmtap.uplink", frame.uplink() ? "1" : "0");
            if (SecurityHeaderTypes.isProtected(frame.pdu().securityHeaderType())) {
                expected.put("nas_eps.msg_auth_code", "0");
            }
            mismatches.addAll(NasTsharkExpectations.mismatches(frame.id(), expected, row));
            assertTrue(row.get("_ws.col.Info").contains(frame.pdu().name()), frame.id() + ": " + row.get("_ws.col.Info"));
            compared += expected.size();
        }
        assertEquals(List.of(), mismatches);
        assertTrue(compared > 2500, "fields compared: " + compared);
    }

    @Test
    void tsharkFoundNothingMalformedAndNoExpertInformation() {
        for (Map.Entry<String, Map<String, String>> row : ROWS.entrySet()) {
            assertEquals("", row.getValue().get("_ws.malformed"), row.getKey());
            assertEquals("", row.getValue().get("_ws.expert.message"), row.getKey());
        }
        List<String> expert = TsharkRows.lines("encoder-expert.txt").stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        assertEquals(List.of(), expert, "tshark -z expert -q output");
    }

    private static Map<String, Map<String, String>> byId(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.get("id"), r));
        return out;
    }
}
