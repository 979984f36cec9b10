package org.roguewatch.lte.nas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.roguewatch.testing.Hex;

/** decode(encode(x)) == x for random records of every message, plain and under every security header. */
class NasRoundTripTest {
    private static NasPdu decode(byte[] bytes) {
        return NasDecoder.decode(ByteBuffer.wrap(bytes)).valueOrNull();
    }

    private static NasPdu decodeNullCipher(byte[] bytes) {
        return NasDecoder.decodeAssumingNullCipher(ByteBuffer.wrap(bytes)).valueOrNull();
    }

    @Test
    void plainMessagesDecodeToTheRecordEncoded() {
        Random random = new Random(24301);
        Set<Class<?>> seen = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            NasMessage message = NasRecords.any(random);
            byte[] bytes = NasEncoder.plain(message);
            assertEquals(NasPdu.plain(message), decode(bytes), () -> message + " " + Hex.of(bytes));
            seen.add(message.getClass());
        }
        assertEquals(20, seen.size(), "every standard message record was generated");
    }

    @Test
    void protectedMessagesDecodeToTheRecordHeaderAndSequenceNumberEncoded() {
        Random random = new Random(33401);
        for (int i = 0; i < 5000; i++) {
            NasMessage message = NasRecords.any(random);
            int type = 1 + random.nextInt(5);
            long sequence = random.nextInt(256);
            byte[] bytes = NasEncoder.integrityProtected(message, type, sequence);
            boolean ciphered = SecurityHeaderTypes.isCiphered(type);
            NasPdu expected = new NasPdu(type, ciphered || type == 5, message, sequence);
            assertEquals(expected, decodeNullCipher(bytes), () -> message + " " + Hex.of(bytes));
            assertEquals(ciphered ? new NasPdu(type, true, null, sequence) : expected, decode(bytes), () -> Hex.of(bytes));
        }
    }

    @Test
    void serviceRequestsDecodeToKsiSequenceNumberAndShortMac() {
        Random random = new Random(12);
        for (int i = 0; i < 1000; i++) {
            EmmServiceRequest request = NasRecords.serviceRequest(random);
            long sequence = random.nextInt(32);
            byte[] bytes = NasEncoder.integrityProtected(request, 12, sequence);
            assertEquals(new NasPdu(12, false, request, sequence), decode(bytes), () -> Hex.of(bytes));
        }
    }

    @Test
    void securityModeCommandSelectingNullAlgorithmsIsTheSpecLayout() {
        byte[] bytes = NasEncoder.integrityProtected(new EmmSecurityModeCommand(0, 0, 0, true), 3, 0);
        // SHT 3 / PD 7, MAC 0, SQN 0, PD 7, type 0x5d, EEA0|EIA0, KSI 0, replayed capabilities LV, IMEISV request C1
        assertEquals("37" + "00000000" + "00" + "07" + "5d" + "00" + "00" + "02f0f0" + "c1", Hex.of(bytes));
    }

    @Test
    void rogueCellRejectsAreOneCauseOctet() {
        assertEquals("074407", Hex.of(NasEncoder.plain(new EmmAttachReject(7))));
        assertEquals("074b0f", Hex.of(NasEncoder.plain(new EmmTrackingAreaUpdateReject(15))));
        assertEquals("075501", Hex.of(NasEncoder.plain(new EmmIdentityRequest(IdentityType2.IMSI))));
    }

    @Test
    void serviceRequestHasNoPlainFormAndNoOtherHeader() {
        EmmServiceRequest request = new EmmServiceRequest(1, 2);
        assertThrows(IllegalArgumentException.class, () -> NasEncoder.plain(request));
        assertThrows(IllegalArgumentException.class, () -> NasEncoder.integrityProtected(request, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> NasEncoder.integrityProtected(request, 12, 32));
        assertThrows(IllegalArgumentException.class,
                () -> NasEncoder.integrityProtected(new EmmAttachReject(7), 12, 0));
    }

    @Test
    void valuesThatDoNotFitTheirFieldsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> NasEncoder.plain(new EmmAttachReject(256)));
        assertThrows(IllegalArgumentException.class, () -> NasEncoder.plain(new EmmSecurityModeCommand(8, 0, 0, false)));
        assertThrows(IllegalArgumentException.class, () -> NasEncoder.plain(new EmmAttachAccept(1, 61, null, -1)));
        assertThrows(IllegalArgumentException.class, () -> NasEncoder.plain(new EmmAttachAccept(1, 60, null, -2)));
        assertThrows(IllegalArgumentException.class,
                () -> NasEncoder.plain(new EmmAttachRequest(1, 7, EpsIdentityType.GUTI, "001010000000001")));
        assertThrows(IllegalArgumentException.class,
                () -> NasEncoder.plain(new EmmAttachRequest(1, 7, EpsIdentityType.IMSI, null)));
        assertThrows(IllegalArgumentException.class,
                () -> NasEncoder.plain(new EmmAuthenticationRequest(0, "00", NasFixtureFrames.AUTN)));
        assertThrows(IllegalArgumentException.class,
                () -> NasEncoder.plain(new EmmAuthenticationRequest(0, NasFixtureFrames.RAND.toUpperCase(), NasFixtureFrames.AUTN)));
        assertThrows(IllegalArgumentException.class, () -> NasEncoder.plain(new EmmAuthenticationResponse("001122")));
        assertThrows(IllegalArgumentException.class,
                () -> NasEncoder.plain(new EmmIdentityResponse(MobileIdentityType.TMSI, "123")));
        assertThrows(IllegalArgumentException.class,
                () -> NasEncoder.plain(new EmmIdentityResponse(MobileIdentityType.NONE, "1")));
        assertThrows(IllegalArgumentException.class, () -> NasEncoder.plain(new EmmDetachRequest(true, 1, true, 7)));
        assertThrows(IllegalArgumentException.class, () -> NasEncoder.plain(new EmmDetachRequest(false, 1, true, -1)));
        assertThrows(IllegalArgumentException.class, () -> NasEncoder.plain(new EsmMessage(0xd9, "ESM info")));
        assertThrows(IllegalArgumentException.class, () -> NasEncoder.plain(new OtherNasMessage(5, 0x18, "MM")));
        assertThrows(IllegalArgumentException.class, () -> NasEncoder.integrityProtected(new EmmStatus(1), 6, 0));
        assertThrows(IllegalArgumentException.class, () -> NasEncoder.integrityProtected(new EmmStatus(1), 1, 256));
    }

    @Test
    void gprsTimerUsesTheFinestUnitThatHoldsTheValue() {
        assertEquals(0x1f, GprsTimer.octet(62));
        assertEquals(0x3e, GprsTimer.octet(1800));
        assertEquals(0x49, GprsTimer.octet(3240));
        assertEquals(0xe0, GprsTimer.octet(GprsTimer.DEACTIVATED));
        // units 3-6 are not defined; a UE reads them as minutes (24.008 10.5.7.3)
        assertEquals(5 * 60, GprsTimer.seconds(0x65));
    }
}
