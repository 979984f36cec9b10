package org.roguewatch.gsm.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.Decoded;
import org.roguewatch.gsm.GsmL3Decoder;
import org.roguewatch.gsm.GsmMessage;
import org.roguewatch.gsm.LocationAreaId;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.testing.Hex;

/** MmEncoder writes the TS 24.008 9.2 layouts MmDecoder reads, and nothing it could not read back. */
class MmEncoderTest {
    private static final LocationAreaId VODAFONE = new LocationAreaId("262", "02", 318);

    @Test
    void everyGeneratedMessageDecodesToTheRecordEncoded() {
        Random random = new Random(24008);
        Set<Class<?>> seen = new HashSet<>();
        for (int i = 0; i < 3000; i++) {
            MmMessage message = MmRecords.any(random);
            byte[] l3 = MmEncoder.l3(message);
            assertEquals(message, decode(l3), () -> Hex.of(l3));
            seen.add(message.getClass());
        }
        assertEquals(7, seen.size(), "every MM message type was generated");
    }

    @Test
    void locationUpdatingAcceptWithNewTmsiAndFollowOnProceedIsTheSpecLayout() {
        byte[] l3 = MmEncoder.l3(new LocationUpdatingAccept(VODAFONE, MobileIdentity.tmsi(0x11223344L), true));
        assertEquals("0502" + "62f220013e" + "1705f411223344" + "a1", Hex.of(l3));
    }

    @Test
    void locationUpdatingAcceptWithoutOptionsIsLaiOnly() {
        assertEquals("050262f220013e", Hex.of(MmEncoder.l3(new LocationUpdatingAccept(VODAFONE, null, false))));
    }

    @Test
    void identityRequestCarriesTheTypeCode() {
        assertEquals("051801", Hex.of(MmEncoder.l3(new IdentityRequest(MobileIdentity.Type.IMSI))));
        assertEquals("051803", Hex.of(MmEncoder.l3(new IdentityRequest(MobileIdentity.Type.IMEISV))));
    }

    @Test
    void identityRequestForATypeThatCannotBeRequestedIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MmEncoder.l3(new IdentityRequest(MobileIdentity.Type.NONE)));
        assertThrows(IllegalArgumentException.class, () -> MmEncoder.l3(new IdentityRequest(MobileIdentity.Type.TMGI)));
    }

    @Test
    void gsmAuthenticationRequestIsCksnAndRand() {
        byte[] l3 = MmEncoder.l3(new AuthenticationRequest(2, "00112233445566778899aabbccddeeff", false));
        assertEquals("051202" + "00112233445566778899aabbccddeeff", Hex.of(l3));
    }

    @Test
    void umtsAuthenticationRequestAppendsTheFixedAutn() {
        byte[] l3 = MmEncoder.l3(new AuthenticationRequest(0, "00112233445566778899aabbccddeeff", true));
        assertEquals(19 + 18, l3.length);
        assertEquals("2010" + MmEncoder.FIXED_AUTN_HEX, Hex.of(Arrays.copyOfRange(l3, 19, l3.length)));
    }

    @Test
    void randThatIsNotSixteenHexOctetsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MmEncoder.l3(new AuthenticationRequest(0, "0011", false)));
        assertThrows(IllegalArgumentException.class,
                () -> MmEncoder.l3(new AuthenticationRequest(0, "zz112233445566778899aabbccddeeff", false)));
    }

    @Test
    void uplinkRequestsCarryTheFixedClassmarks() {
        MobileIdentity imsi = new MobileIdentity(MobileIdentity.Type.IMSI, "262021234567890", -1);
        assertEquals("0508" + "70" + "62f220013e" + "53" + "082926202143658709",
                Hex.of(MmEncoder.l3(new LocationUpdatingRequest(0, VODAFONE, imsi))));
        assertEquals("0524" + "71" + "03535886" + "05f4deadbeef",
                Hex.of(MmEncoder.l3(new CmServiceRequest(1, MobileIdentity.tmsi(0xdeadbeefL)))));
    }

    @Test
    void valuesOutsideTheirFieldsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> MmEncoder.l3(new LocationUpdatingReject(256)));
        assertThrows(IllegalArgumentException.class, () -> MmEncoder.l3(new LocationUpdatingRequest(4, VODAFONE,
                MobileIdentity.tmsi(1))));
        assertThrows(IllegalArgumentException.class, () -> MmEncoder.l3(new CmServiceRequest(16, MobileIdentity.tmsi(1))));
        assertThrows(IllegalArgumentException.class, () -> MmEncoder.l3(new AuthenticationRequest(8,
                "00112233445566778899aabbccddeeff", false)));
        assertThrows(IllegalArgumentException.class, () -> MmEncoder.l3(new LocationUpdatingAccept(
                new LocationAreaId("26", "02", 1), null, false)));
    }

    @Test
    void everyTruncationOfAMessageWithOnlyMandatoryIesIsReportedAsTruncated() {
        Random random = new Random(11);
        int checked = 0;
        while (checked < 300) {
            MmMessage message = MmRecords.any(random);
            if (message instanceof LocationUpdatingAccept || message instanceof AuthenticationRequest auth && auth.umts()) {
                continue; // a cut between their optional IEs is a shorter valid message
            }
            byte[] l3 = MmEncoder.l3(message);
            for (int cut = 2; cut < l3.length; cut++) {
                Decoded<GsmMessage> decoded = GsmL3Decoder.decode(ByteBuffer.wrap(l3, 0, cut).slice(), -1);
                Decoded.Malformed<?> bad = assertInstanceOf(Decoded.Malformed.class, decoded,
                        Hex.of(l3) + " cut at " + cut);
                assertEquals("mm.truncated", bad.reason());
            }
            checked++;
        }
    }

    private static GsmMessage decode(byte[] l3) {
        Decoded<GsmMessage> decoded = GsmL3Decoder.decode(ByteBuffer.wrap(l3), -1);
        if (decoded instanceof Decoded.Ok<GsmMessage> ok) {
            return ok.value();
        }
        throw new AssertionError("malformed " + decoded + ": " + Hex.of(l3));
    }
}
