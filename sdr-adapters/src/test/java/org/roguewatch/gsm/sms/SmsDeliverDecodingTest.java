package org.roguewatch.gsm.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roguewatch.gsm.sms.SmsHex.buffer;
import static org.roguewatch.gsm.sms.SmsHex.malformed;
import static org.roguewatch.gsm.sms.SmsHex.tpdu;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmsDeliverDecodingTest {
    private static final String OA = "0b911316325476f8";
    private static final String SCTS = "62304121005000";
    private static final String HELLOHELLO = "e8329bfd4697d9ec37";

    private static SmsDeliver deliver(String hex) {
        return assertInstanceOf(SmsDeliver.class, tpdu(hex, true));
    }

    /** An SMS-DELIVER with the given first octet, PID, DCS, time stamp and TP-UDL + TP-UD. */
    private static SmsDeliver deliver(String first, String pid, String dcs, String scts, String userData) {
        return deliver(first + OA + pid + dcs + scts + userData);
    }

    @Test
    void deliverCarriesEveryHeaderField() {
        SmsDeliver d = deliver(SmsCpRpDecodingTest.DELIVER);
        assertEquals("SMS-DELIVER", d.name());
        assertEquals(Address.alphanumeric("diafaan"), d.originatingAddress());
        assertEquals("diafaan", d.originatingAddress().display());
        assertTrue(d.statusReportIndication());
        assertFalse(d.moreMessagesToSend(), "TP-MMS 1 means no more messages");
        assertFalse(d.replyPath());
        assertFalse(d.userDataHeaderIndicator());
        assertEquals(OffsetDateTime.of(2011, 1, 11, 13, 25, 41, 0, ZoneOffset.UTC), d.serviceCentreTimestamp());
        assertEquals(11, d.userDataLength());
        assertEquals("diafaan.com", d.text());
        assertEquals(Optional.empty(), d.userData().header());
    }

    @Test
    void flagsOfTheFirstOctetAreEachRead() {
        SmsDeliver d = deliver("a8", "00", "00", SCTS, "0a" + HELLOHELLO);
        assertTrue(d.replyPath());
        assertTrue(d.statusReportIndication());
        assertTrue(d.loopPrevention());
        assertTrue(d.moreMessagesToSend());
    }

    @Test
    void timestampKeepsItsNegativeQuarterHourZone() {
        // Zone octet 0x99: tens 1 plus the sign bit, units 9: -19 quarter hours.
        SmsDeliver d = deliver("04", "00", "00", "52211332959599", "0a" + HELLOHELLO);
        assertEquals(OffsetDateTime.of(2025, 12, 31, 23, 59, 59, 0, ZoneOffset.ofHoursMinutes(-4, -45)),
                d.serviceCentreTimestamp());
    }

    @Test
    void timestampKeepsItsPositiveQuarterHourZone() {
        // Zone octet 0x32: tens 2, units 3: +23 quarter hours = +05:45.
        SmsDeliver d = deliver("04", "00", "00", "42209260708032", "0a" + HELLOHELLO);
        assertEquals(OffsetDateTime.of(2024, 2, 29, 6, 7, 8, 0, ZoneOffset.ofHoursMinutes(5, 45)),
                d.serviceCentreTimestamp());
    }

    @Test
    void invalidTimestampsAreRejected() {
        String[] bad = {"62314121005000" /* month 13 */, "623041210050a0" /* zone units 10 */,
            "6a304121005000" /* non-BCD year */, "62304121005097" /* 79 quarters > 18 h */};
        for (String scts : bad) {
            assertEquals("sms.tpdu.timestamp", malformed(SmsDecoder.decodeTpdu(
                    buffer("04" + OA + "0000" + scts + "0a" + HELLOHELLO), true)).reason(), scts);
        }
    }

    @Test
    void detectorFlagsFollowPidAndDcs() {
        SmsDeliver silent = deliver("04", "40", "00", SCTS, "00");
        assertTrue(silent.isSilentType0());
        assertFalse(silent.isFlashClass0());
        SmsDeliver flash = deliver("04", "00", "10", SCTS, "0a" + HELLOHELLO);
        assertTrue(flash.isFlashClass0());
        assertFalse(flash.isSilentType0());
        assertTrue(deliver("04", "00", "f0", SCTS, "0a" + HELLOHELLO).isFlashClass0());
        SmsDeliver simDownload = deliver("04", "7f", "f6", SCTS, "02" + "0270");
        assertTrue(simDownload.isSimDataDownload());
        assertTrue(simDownload.isOta());
        assertEquals(OctetString.ofHex("0270"), simDownload.userData().binary());
        SmsDeliver class2Data = deliver("04", "00", "16", SCTS, "01ff");
        assertFalse(class2Data.isSimDataDownload());
        assertTrue(class2Data.isOta(), "8-bit data of class 2 goes to the SIM");
        assertTrue(deliver("04", "7d", "04", SCTS, "01ff").isOta(), "ME data download");
        assertTrue(deliver("04", "41", "00", SCTS, "00").isReplace());
        assertFalse(deliver("04", "00", "00", SCTS, "00").isOta());
    }

    @Test
    void eightBitConcatenationHeaderIsDecodedAndTextStartsAfterTheFillBit() {
        String ud = "050003aa0301" + HELLOHELLO_AT_SEPTET_7;
        SmsDeliver d = deliver("44", "00", "00", SCTS, "11" + ud);
        assertEquals(Optional.of(new Concatenation(0xaa, 3, 1, false)), d.userData().concatenation());
        assertEquals("hellohello", d.text());
    }

    /** "hellohello" packed from septet 7, after a 6-octet header and 1 fill bit. */
    private static final String HELLOHELLO_AT_SEPTET_7 = hexFrom(Gsm7.encode("hellohello", 7), 6);

    private static String hexFrom(byte[] octets, int from) {
        return HexFormat.of().formatHex(octets, from, octets.length);
    }

    @Test
    void sixteenBitConcatenationHeaderIsDecoded() {
        SmsDeliver d = deliver("44", "00", "00", SCTS, "12" + "06080412340201" + HELLOHELLO);
        assertEquals(Optional.of(new Concatenation(0x1234, 2, 1, true)), d.userData().concatenation());
        assertEquals("hellohello", d.text());
    }

    @Test
    void portsAreDecodedAndUnknownElementsKeptRaw() {
        SmsDeliver wap = deliver("44", "00", "04", SCTS, "0d" + "0605040b8423f0" + "010603c4af87");
        assertEquals(Optional.of(new ApplicationPorts(2948, 9200, true)), wap.userData().header().orElseThrow().ports());
        assertEquals(OctetString.ofHex("010603c4af87"), wap.userData().binary());
        assertEquals("", wap.text());
        SmsDeliver formatted = deliver("44", "00", "04", SCTS, "0d" + "0b" + "0a03000501" + "04021020" + "7000" + "ff");
        UserDataHeader header = formatted.userData().header().orElseThrow();
        assertEquals(List.of(new RawInformationElement(0x0a, OctetString.ofHex("000501")),
                new ApplicationPorts(0x10, 0x20, false), new RawInformationElement(0x70, OctetString.EMPTY)),
                header.elements());
        assertEquals(OctetString.ofHex("ff"), formatted.userData().binary());
    }

    @Test
    void concatenationWithSequenceZeroIsKeptRawAsTheSpecSaysToIgnoreIt() {
        SmsDeliver d = deliver("44", "00", "04", SCTS, "07" + "050003aa0300" + "ff");
        assertEquals(Optional.empty(), d.userData().concatenation());
        assertEquals(List.of(new RawInformationElement(0, OctetString.ofHex("aa0300"))),
                d.userData().header().orElseThrow().elements());
    }

    @Test
    void ucs2TextKeepsSurrogatePairs() {
        // "A" U+1F381 "B": the emoji is the pair D83C DF81.
        SmsDeliver d = deliver("04", "00", "08", SCTS, "08" + "0041d83cdf810042");
        assertEquals("A\ud83c\udf81B", d.text());
        assertEquals(4, d.text().length());
    }

    @Test
    void ucs2ChineseText() {
        SmsDeliver d = deliver("04", "00", "08", SCTS, "04" + "4e2d6587");
        assertEquals("\u4e2d\u6587", d.text());
    }

    @Test
    void ucs2OddLastOctetIsIgnored() {
        assertEquals("A", deliver("04", "00", "08", SCTS, "03" + "004100").text());
    }

    @Test
    void compressedUserDataIsCountedInOctetsAndKeptAsBytes() {
        SmsDeliver d = deliver("04", "00", "20", SCTS, "04deadbeef");
        assertEquals("", d.text());
        assertEquals(OctetString.ofHex("deadbeef"), d.userData().binary());
    }

    @Test
    void reservedCodingsAreReadAsGsm7Text() {
        assertEquals("hellohello", deliver("04", "00", "0c", SCTS, "0a" + HELLOHELLO).text());
        assertEquals("hellohello", deliver("04", "00", "80", SCTS, "0a" + HELLOHELLO).text());
    }

    @Test
    void undefinedEscapesFollowTs23038RatherThanShowingReplacementCharacters() {
        assertEquals("aAb", deliver("04", "00", "00", SCTS, "04" + packed('a', 27, 'A', 'b')).text());
        assertEquals("a x ", deliver("04", "00", "00", SCTS, "05" + packed('a', 27, 27, 'x', 27)).text());
    }

    private static String packed(int... septets) {
        byte[] values = new byte[septets.length];
        for (int i = 0; i < septets.length; i++) {
            values[i] = (byte) septets[i];
        }
        return HexFormat.of().formatHex(Gsm7.pack(values, 0));
    }

    @Test
    void alphanumericAddressLengthCountsSemiOctets() {
        // "Info": 4 septets = 28 bits = 7 semi-octets, in 4 octets.
        SmsDeliver d = deliver("04" + "07d0" + "49b7f90d" + "0000" + SCTS + "0a" + HELLOHELLO);
        assertEquals(Address.alphanumeric("Info"), d.originatingAddress());
    }

    @Test
    void addressDigitsIncludeTheExtraBcdSymbols() {
        // 5 digits "*#abc" with the end mark 0xF in the last high semi-octet.
        SmsDeliver d = deliver("04" + "0581" + "badcfe" + "0000" + SCTS + "00");
        assertEquals(new Address(0, 1, "*#abc"), d.originatingAddress());
        assertEquals("*#abc", d.originatingAddress().display());
    }

    @Test
    void submitWithRelativeValidityPeriod() {
        SmsSubmit s = assertInstanceOf(SmsSubmit.class, tpdu("1105" + OA + "0000aa0a" + HELLOHELLO, false));
        assertEquals("SMS-SUBMIT", s.name());
        assertEquals(5, s.messageReference());
        assertEquals(Address.international("31612345678"), s.destinationAddress());
        assertEquals(ValidityPeriod.FORMAT_RELATIVE, s.validityPeriodFormat());
        ValidityPeriod.Relative vp = assertInstanceOf(ValidityPeriod.Relative.class, s.validityPeriod().orElseThrow());
        assertEquals(Duration.ofDays(4), vp.duration());
        assertEquals("hellohello", s.text());
    }

    @Test
    void relativeValidityPeriodFollowsTheFourRangesOfTheTable() {
        int[][] valueToMinutes = {{0, 5}, {143, 720}, {144, 750}, {167, 1440}, {168, 2 * 1440}, {196, 30 * 1440},
            {197, 5 * 7 * 1440}, {255, 63 * 7 * 1440}};
        for (int[] pair : valueToMinutes) {
            assertEquals(pair[1], ValidityPeriod.Relative.of(pair[0]).duration().toMinutes(), "TP-VP " + pair[0]);
        }
    }

    @Test
    void submitWithAbsoluteEnhancedAndNoValidityPeriod() {
        SmsSubmit absolute = assertInstanceOf(SmsSubmit.class,
                tpdu("1907" + OA + "0000" + "52211332959599" + "0a" + HELLOHELLO, false));
        assertEquals(new ValidityPeriod.Absolute(OffsetDateTime.of(2025, 12, 31, 23, 59, 59, 0,
                ZoneOffset.ofHoursMinutes(-4, -45))), absolute.validityPeriod().orElseThrow());
        SmsSubmit enhanced = assertInstanceOf(SmsSubmit.class,
                tpdu("0908" + OA + "0000" + "423c0000000000" + "0a" + HELLOHELLO, false));
        ValidityPeriod.Enhanced e = assertInstanceOf(ValidityPeriod.Enhanced.class,
                enhanced.validityPeriod().orElseThrow());
        assertTrue(e.singleShot());
        assertEquals(2, e.subFormat());
        assertEquals(Optional.of(Duration.ofSeconds(60)), e.duration());
        assertEquals("hellohello", enhanced.text(), "all 7 enhanced octets are skipped");
        ValidityPeriod.Enhanced hms = assertInstanceOf(ValidityPeriod.Enhanced.class, assertInstanceOf(SmsSubmit.class,
                tpdu("0908" + OA + "0000" + "03214365000000" + "00", false)).validityPeriod().orElseThrow());
        assertEquals(Optional.of(Duration.ofSeconds(12 * 3600 + 34 * 60 + 56)), hms.duration());
        SmsSubmit none = assertInstanceOf(SmsSubmit.class, tpdu("2506" + OA + "00000a" + HELLOHELLO, false));
        assertEquals(Optional.empty(), none.validityPeriod());
        assertTrue(none.rejectDuplicates());
        assertTrue(none.statusReportRequest());
    }

    @Test
    void statusReportWithAndWithoutOptionalParameters() {
        SmsStatusReport plain = assertInstanceOf(SmsStatusReport.class,
                tpdu("0605" + OA + SCTS + "52211332959599" + "00", true));
        assertEquals("SMS-STATUS REPORT", plain.name());
        assertEquals(5, plain.messageReference());
        assertEquals(Address.international("31612345678"), plain.recipientAddress());
        assertEquals(ZoneOffset.ofHoursMinutes(-4, -45), plain.dischargeTime().getOffset());
        assertTrue(plain.isCompleted());
        assertEquals(Optional.empty(), plain.userData());
        SmsStatusReport full = assertInstanceOf(SmsStatusReport.class,
                tpdu("2606" + OA + SCTS + SCTS + "41" + "07" + "00" + "00" + "05" + "e8329bfd06", true));
        assertTrue(full.statusReportQualifier());
        assertEquals(0x41, full.status());
        assertFalse(full.isCompleted());
        assertEquals(0, full.protocolIdentifier().orElseThrow());
        assertEquals("hello", full.userData().orElseThrow().text());
    }

    @Test
    void directionDecidesWhatTheMessageTypeMeans() {
        assertEquals("SMS-SUBMIT REPORT", tpdu("0100", true).name());
        assertEquals("SMS-COMMAND", tpdu("02000000000000", false).name());
        assertEquals("SMS-DELIVER REPORT", tpdu("0000", false).name());
        assertEquals("sms.tpdu.reserved-mti", malformed(SmsDecoder.decodeTpdu(buffer("03"), true)).reason());
    }
}
