package org.roguewatch.gsm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.Octets;
import org.roguewatch.testing.Hex;

/** The shared IEs: Location Area Identification (24.008 10.5.1.3) and Mobile Identity (10.5.1.4). */
class IdentityEncoderTest {

    @Test
    void twoDigitMncPutsTheFillerInOctetTwo() {
        assertEquals("62f220013e", Hex.of(LocationAreaIdEncoder.encode(new LocationAreaId("262", "02", 318))));
    }

    @Test
    void threeDigitMncPutsItsLastDigitInOctetTwo() {
        // MCC 310, MNC 410 (AT&T): octet 2 = MNC digit 3 (0) | MCC digit 3 (0).
        assertEquals("130014ffff", Hex.of(LocationAreaIdEncoder.encode(new LocationAreaId("310", "410", 0xffff))));
    }

    @Test
    void locationAreasSurviveARoundTrip() {
        Random random = new Random(3);
        for (int i = 0; i < 2000; i++) {
            LocationAreaId lai = GsmRecords.lai(random);
            assertEquals(lai, LocationAreaId.read(Octets.of(LocationAreaIdEncoder.encode(lai), "test")));
        }
    }

    @Test
    void malformedLocationAreasAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LocationAreaIdEncoder.encode(new LocationAreaId("2620", "02", 1)));
        assertThrows(IllegalArgumentException.class, () -> LocationAreaIdEncoder.encode(new LocationAreaId("262", "2", 1)));
        assertThrows(IllegalArgumentException.class, () -> LocationAreaIdEncoder.encode(new LocationAreaId("26x", "02", 1)));
        assertThrows(IllegalArgumentException.class, () -> LocationAreaIdEncoder.encode(new LocationAreaId("262", "02", 65536)));
    }

    @Test
    void oddImsiSetsTheOddFlagAndFillsEveryOctet() {
        assertEquals("2926202143658709", Hex.of(MobileIdentityEncoder.value(
                new MobileIdentity(MobileIdentity.Type.IMSI, "262021234567890", -1))));
    }

    @Test
    void evenImeisvEndsWithTheFiller() {
        assertEquals("3321436587092143f5", Hex.of(MobileIdentityEncoder.value(
                new MobileIdentity(MobileIdentity.Type.IMEISV, "3123456789012345", -1))));
    }

    @Test
    void tmsiAndNoIdentityHaveTheirFixedShapes() {
        assertEquals("05f4deadbeef", Hex.of(MobileIdentityEncoder.lv(MobileIdentity.tmsi(0xdeadbeefL))));
        assertEquals("01f0", Hex.of(MobileIdentityEncoder.lv(new MobileIdentity(MobileIdentity.Type.NONE, "", -1))));
    }

    @Test
    void identitiesSurviveARoundTrip() {
        Random random = new Random(4);
        for (int i = 0; i < 5000; i++) {
            MobileIdentity identity = GsmRecords.identity(random);
            assertEquals(identity, MobileIdentity.readLv(Octets.of(MobileIdentityEncoder.lv(identity), "test")));
        }
    }

    @Test
    void identitiesTheDecoderCouldNotReturnAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> MobileIdentityEncoder.value(new MobileIdentity(MobileIdentity.Type.IMSI, "", -1)));
        assertThrows(IllegalArgumentException.class,
                () -> MobileIdentityEncoder.value(new MobileIdentity(MobileIdentity.Type.IMSI, "26202f", -1)));
        assertThrows(IllegalArgumentException.class,
                () -> MobileIdentityEncoder.value(new MobileIdentity(MobileIdentity.Type.TMSI, "1", 5)));
        assertThrows(IllegalArgumentException.class,
                () -> MobileIdentityEncoder.value(new MobileIdentity(MobileIdentity.Type.IMSI, "262", 5)));
        assertThrows(IllegalArgumentException.class, () -> MobileIdentityEncoder.value(MobileIdentity.tmsi(1L << 32)));
    }
}
