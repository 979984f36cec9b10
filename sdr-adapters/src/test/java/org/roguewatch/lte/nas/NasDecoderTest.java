package org.roguewatch.lte.nas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.roguewatch.decode.Decoded;
import org.roguewatch.testing.Hex;

/** How the decoder reads the layouts of TS 24.301 clause 8/9, and how it says what it cannot read. */
class NasDecoderTest {
    private static NasPdu ok(String hex) {
        Decoded<NasPdu> decoded = NasDecoder.decode(Hex.buffer(hex));
        assertInstanceOf(Decoded.Ok.class, decoded, hex + " " + decoded);
        return decoded.valueOrNull();
    }

    private static Decoded.Malformed<NasPdu> malformed(String hex) {
        Decoded<NasPdu> decoded = NasDecoder.decode(Hex.buffer(hex));
        @SuppressWarnings("unchecked")
        Decoded.Malformed<NasPdu> out = assertInstanceOf(Decoded.Malformed.class, decoded, hex);
        return out;
    }

    @Test
    void unknownIeisAreSkippedByTheirLength() {
        // SMC; then an unknown TLV 0x3f (3 octets), an unknown TLV-E 0x7e (2-octet length 2), an
        // unknown TLV 0x74 (0x70-0x77 keep a 1-octet length), an unknown type 1 IE 0x9-, and only
        // then the IMEISV request C1.
        NasPdu pdu = ok("075d" + "12" + "03" + "02f0f0" + "3f03c1c1c1" + "7e0002c1c1" + "7401c1" + "95" + "c1");
        assertEquals(new EmmSecurityModeCommand(1, 2, 3, true), pdu.message());
    }

    @Test
    void typeThreeIesAreSkippedByTheirFixedLengthNotALengthOctet() {
        // NonceMME (0x56, TV 5) whose value looks like an IMEISV request: it must not count.
        assertEquals(new EmmSecurityModeCommand(0, 0, 0, false), ok("075d000002f0f0" + "56c1c1c1c1").message());
        // TAU accept: T3412 (0x5a, TV 2) holding 0x53, then the real EMM cause #16.
        assertEquals(new EmmTrackingAreaUpdateAccept(0, 16), ok("074900" + "5a53" + "5310").message());
        // EMM information: local time zone (0x46, TV 2) and time (0x47, TV 8) around the short name.
        assertEquals(new EmmInformation(null, "srsRAN"),
                ok("0761" + "4643" + "47" + "01020304050607" + "4507" + "8673f95c1a7402").message());
    }

    @Test
    void aRepeatedIeCountsOnlyTheFirstTime() {
        assertEquals(new EmmTrackingAreaUpdateAccept(0, 16), ok("074900" + "5310" + "5311").message());
    }

    @Test
    void ieLengthPastTheEndIsReportedWhereTheValueWouldStart() {
        Decoded.Malformed<NasPdu> replayed = malformed("075d0000" + "20f0f0");
        assertEquals("nas-eps.ie-length", replayed.reason());
        assertEquals(5, replayed.offset());

        Decoded.Malformed<NasPdu> name = malformed("0761" + "4303" + "80aabbcc" + "4540" + "80");
        assertEquals("nas-eps.ie-length", name.reason());
        assertEquals(10, name.offset());

        assertEquals("nas-eps.ie-length", malformed("0741" + "71" + "09" + "0910").reason());
        assertEquals("nas-eps.ie-length", malformed("07420149" + "06" + "0000f1").reason());
        assertEquals("nas-eps.ie-length", malformed("07420149" + "00" + "ffff").reason());
    }

    @Test
    void failuresInsideAnIeReportTheirOffsetInThePdu() {
        // EPS mobile identity of type GUTI but 4 octets long: reported at the identity's value (offset 4).
        Decoded.Malformed<NasPdu> guti = malformed("0741" + "71" + "04" + "f6000000" + "02f0f0" + "0000");
        assertEquals("nas-eps.eps-mobile-identity.length", guti.reason());
        assertEquals(4, guti.offset());
        // Filler 0xF where an IMSI digit is required (octet 10): reported just after that octet.
        Decoded.Malformed<NasPdu> digit = malformed("17" + "00000000" + "05" + "0756" + "03" + "19" + "f1" + "10");
        assertEquals("nas-eps.bad-digit", digit.reason());
        assertEquals(11, digit.offset());
    }

    @Test
    void reservedSecurityHeaderTypesAreMalformed() {
        for (int type = 6; type <= 11; type++) {
            Decoded.Malformed<NasPdu> reserved = malformed(String.format("%x7", type) + "0000000001075501");
            assertEquals("nas-eps.security-header-type", reserved.reason());
            assertEquals(0, reserved.offset());
        }
    }

    @Test
    void aSecurityHeaderInsideAProtectedMessageIsMalformed() {
        Decoded.Malformed<NasPdu> nested = malformed("17" + "00000000" + "01" + "17" + "00000000" + "02075501");
        assertEquals("nas-eps.nested-security-header", nested.reason());
        assertEquals(6, nested.offset());
    }

    @Test
    void protocolDiscriminatorsOtherThanEpsAreMalformed() {
        assertEquals("nas-eps.protocol-discriminator", malformed("0518").reason());
        assertEquals("nas-eps.protocol-discriminator", malformed("1700000000010518").reason());
        assertEquals(OtherNasMessage.of(NasMessageNames.PD_TEST, 0x80), ok("0f80").message());
    }

    @Test
    void esmMessagesAreNamedWhateverTheirBearer() {
        assertEquals(EsmMessage.of(0xd9), ok("0201d9").message());
        assertEquals(EsmMessage.of(0xc1), ok("5201c1").message());
        assertEquals(new EsmMessage(0xff, "Unknown ESM message 0xff"), ok("0201ff").message());
    }

    @Test
    void emmMessagesWithoutARecordKeepTheirTypeAndName() {
        assertEquals(new OtherNasMessage(7, 0x43, "Attach complete"), ok("07430003520043").message());
        assertEquals(new OtherNasMessage(7, 0x7f, "Unknown EMM message 0x7f"), ok("077f").message());
    }

    @Test
    void serviceRequestIsFourOctetsUnderItsOwnHeader() {
        assertEquals(new NasPdu(12, false, new EmmServiceRequest(1, 0xbeef), 17), ok("c731beef"));
        // 13-15 are read as 12 (Table 9.3.1 NOTE 1); the record keeps the value received.
        assertEquals(new NasPdu(15, false, new EmmServiceRequest(7, 0), 31), ok("f7ff0000"));
        assertEquals("nas-eps.service-request.length", malformed("c731beef00").reason());
    }

    @Test
    void detachRequestLayoutFollowsFromTheOctetAfterTheDetachType() {
        assertEquals(new EmmDetachRequest(true, 1, true, -1), ok("0745790bf600f11000010100000001").message());
        assertEquals(new EmmDetachRequest(false, 2, false, 7), ok("0745025307").message());
        assertEquals(new EmmDetachRequest(false, 1, false, -1), ok("074501").message());
    }

    @Test
    void identityTypesOutsideTheTableAreAskingForTheImsi() {
        EmmIdentityRequest request = (EmmIdentityRequest) ok("075506").message();
        assertEquals(IdentityType2.OTHER, request.identityType());
        assertTrue(request.identityType().asksForImsi());
    }

    @Test
    void anEsmContainerThatDoesNotHoldEsmIsMalformed() {
        Decoded.Malformed<NasPdu> bad = malformed("07420149" + "060000f1100001" + "0003" + "075501");
        assertEquals("nas-eps.esm-container.protocol-discriminator", bad.reason());
        assertEquals(13, bad.offset());
    }

    @Test
    void networkNameCodingsAreRead() {
        assertEquals(new EmmInformation("Опера", null), ok("0761" + "430b" + "90041e043f043504400430").message());
        assertEquals("nas-eps.network-name.coding", malformed("0761" + "4302" + "a061").reason());
        assertEquals("nas-eps.network-name.ucs2-length", malformed("0761" + "4304" + "90041e04").reason());
    }

    @Test
    void anEmptyPduIsMalformed() {
        Decoded.Malformed<NasPdu> empty = malformed("");
        assertEquals("nas-eps.empty", empty.reason());
        assertEquals(0, empty.offset());
    }

    @Test
    void aCipheredBodyMustHoldAtLeastOneOctet() {
        assertEquals("nas-eps.truncated", malformed("27" + "11223344" + "05").reason());
        assertEquals(new NasPdu(4, true, null, 5), ok("47" + "11223344" + "05" + "00"));
    }
}
