package org.roguewatch.gsm.sms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SmsDeliverEncoderTest {
    private static final Address SMSC = Address.international("31624000000");
    private static final OffsetDateTime TIME = OffsetDateTime.of(2026, 3, 14, 12, 0, 5, 0, ZoneOffset.ofHours(1));
    private static final String CHINESE =
            "\u60a8\u7684\u94f6\u884c\u8d26\u6237\u5df2\u88ab\u51bb\u7ed3\uff0c\u8bf7\u70b9\u51fb\u94fe\u63a5";

    private static SmsDeliverEncoder.Builder builder() {
        return SmsDeliverEncoder.builder().transactionId(2).messageReference(17).serviceCentre(SMSC)
                .originator(Address.alphanumeric("MyBank")).timestamp(TIME);
    }

    /** The L3 messages decoded back, each checked to be CP-DATA / RP-DATA (Network to MS) / SMS-DELIVER. */
    private static List<CpData> decodeAll(List<byte[]> messages) {
        List<CpData> decoded = new ArrayList<>();
        for (byte[] l3 : messages) {
            CpData cp = assertInstanceOf(CpData.class, SmsHex.ok(SmsDecoder.decodeCp(ByteBuffer.wrap(l3))));
            RpData rp = assertInstanceOf(RpData.class, cp.rp());
            assertEquals(Direction.NETWORK_TO_MS, rp.direction());
            assertInstanceOf(SmsDeliver.class, rp.tpdu());
            decoded.add(cp);
        }
        return decoded;
    }

    private static SmsDeliver deliver(CpData cp) {
        return (SmsDeliver) ((RpData) cp.rp()).tpdu();
    }

    private static SmsDeliver single(SmsDeliverEncoder.Builder builder) {
        List<CpData> parts = decodeAll(builder.build().encode());
        assertEquals(1, parts.size());
        return deliver(parts.get(0));
    }

    @Test
    void roundTripKeepsEveryParameter() {
        List<CpData> parts = decodeAll(builder().protocolIdentifier(0x41).messageClass(MessageClass.CLASS_1)
                .text("Your card is blocked. Call +44 20 7946 0000").build().encode());
        CpData cp = parts.get(0);
        assertEquals(new TransactionId(2, false), cp.transactionId());
        RpData rp = (RpData) cp.rp();
        assertEquals(17, rp.messageReference());
        assertEquals(Optional.of(SMSC), rp.serviceCentre());
        SmsDeliver d = deliver(cp);
        assertEquals(Address.alphanumeric("MyBank"), d.originatingAddress());
        assertEquals(0x41, d.protocolIdentifier());
        assertEquals(MessageClass.CLASS_1, d.dataCodingScheme().messageClass());
        assertEquals(Alphabet.GSM_7BIT, d.dataCodingScheme().alphabet());
        assertEquals(TIME, d.serviceCentreTimestamp());
        assertEquals("Your card is blocked. Call +44 20 7946 0000", d.text());
        assertFalse(d.moreMessagesToSend());
        assertFalse(d.userDataHeaderIndicator());
    }

    @Test
    void gsm7IsChosenWhenEveryCharacterFitsIncludingExtensionCharacters() {
        SmsDeliver d = single(builder().text("Pay 5\u20ac {now}"));
        assertEquals(Alphabet.GSM_7BIT, d.dataCodingScheme().alphabet());
        assertEquals(15, d.userDataLength(), "13 characters, two of them escaped");
        assertEquals("Pay 5\u20ac {now}", d.text());
    }

    @Test
    void chineseTextIsSentAsUcs2() {
        SmsDeliver d = single(builder().text(CHINESE));
        assertEquals(Alphabet.UCS2, d.dataCodingScheme().alphabet());
        assertEquals(CHINESE.length() * 2, d.userDataLength());
        assertEquals(CHINESE, d.text());
    }

    @Test
    void oneCharacterOutsideTheAlphabetTurnsTheWholeMessageToUcs2() {
        SmsDeliver d = single(builder().text("Bonjour \u00e7a va"));
        assertEquals(Alphabet.UCS2, d.dataCodingScheme().alphabet());
        assertEquals("Bonjour \u00e7a va", d.text());
    }

    @Test
    void fixedAlphabetOverridesTheAutomaticChoice() {
        assertEquals(Alphabet.UCS2, single(builder().alphabet(Alphabet.UCS2).text("plain")).dataCodingScheme()
                .alphabet());
        assertThrows(IllegalArgumentException.class,
                () -> builder().alphabet(Alphabet.GSM_7BIT).text(CHINESE).build());
    }

    @Test
    void flashSilentAndSimDownloadFlagsSurviveTheRoundTrip() {
        assertTrue(single(builder().messageClass(MessageClass.CLASS_0).text("flash")).isFlashClass0());
        assertTrue(single(builder().protocolIdentifier(ProtocolIdentifier.SHORT_MESSAGE_TYPE_0).text(""))
                .isSilentType0());
        SmsDeliver ota = single(builder().protocolIdentifier(ProtocolIdentifier.SIM_DATA_DOWNLOAD)
                .messageClass(MessageClass.CLASS_2).binary(new byte[] {0x02, 0x70, 0x00}));
        assertTrue(ota.isSimDataDownload());
        assertTrue(ota.isOta());
        assertEquals(OctetString.ofHex("027000"), ota.userData().binary());
    }

    @Test
    void oneHundredSixtySeptetsStayInOneMessage() {
        String text = "x".repeat(158) + "\u20ac";
        SmsDeliver d = single(builder().text(text));
        assertEquals(160, d.userDataLength());
        assertEquals(text, d.text());
    }

    @Test
    void longGsm7TextIsSplitIntoConcatenatedPartsThatReassemble() {
        String text = "Dear customer, your parcel is waiting. ".repeat(12);
        List<CpData> parts = decodeAll(builder().concatenationReference(99).text(text).build().encode());
        assertEquals((text.length() + 152) / 153, parts.size());
        assertEquals(text, reassemble(parts, 99));
        SmsDeliver first = deliver(parts.get(0));
        assertEquals(160, first.userDataLength(), "7 header septets and 153 of text");
        assertTrue(first.userDataHeaderIndicator());
    }

    @Test
    void longUcs2TextIsSplitIntoSixtySevenCharacterParts() {
        String text = CHINESE.repeat(5);
        List<CpData> parts = decodeAll(builder().text(text).build().encode());
        assertEquals(2, parts.size());
        assertEquals(67, deliver(parts.get(0)).text().length());
        assertEquals(text, reassemble(parts, 17));
    }

    @Test
    void seventyUcs2CharactersStayInOneMessageAndSeventyOneDoNot() {
        assertEquals(1, builder().text("\u4e2d".repeat(70)).build().encode().size());
        assertEquals(2, builder().text("\u4e2d".repeat(71)).build().encode().size());
    }

    @Test
    void partsNeverSplitAnEscapedCharacterOrASurrogatePair() {
        String euro = "x".repeat(152) + "\u20ac" + "y".repeat(10);
        List<CpData> gsm = decodeAll(builder().text(euro).build().encode());
        assertEquals("x".repeat(152), deliver(gsm.get(0)).text());
        assertEquals("\u20ac" + "y".repeat(10), deliver(gsm.get(1)).text());
        String emoji = "\u4e2d".repeat(66) + "\ud83c\udf81" + "\u4e2d".repeat(10);
        List<CpData> ucs2 = decodeAll(builder().text(emoji).build().encode());
        assertEquals(66, deliver(ucs2.get(0)).text().length());
        assertTrue(deliver(ucs2.get(1)).text().startsWith("\ud83c\udf81"));
        assertEquals(emoji, reassemble(ucs2, 17));
    }

    @Test
    void longBinaryContentIsSplitAndReassembles() {
        byte[] data = new byte[300];
        new Random(7).nextBytes(data);
        List<CpData> parts = decodeAll(builder().binary(data).build().encode());
        assertEquals(3, parts.size());
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (CpData cp : parts) {
            byte[] chunk = deliver(cp).userData().binary().toByteArray();
            joined.write(chunk, 0, chunk.length);
        }
        assertArrayEquals(data, joined.toByteArray());
    }

    @Test
    void eachPartIsItsOwnTransferWithNextIdentifiersAndOnlyTheLastSaysNoMoreMessages() {
        List<CpData> parts = decodeAll(builder().transactionId(5).messageReference(255)
                .text("z".repeat(400)).build().encode());
        assertEquals(3, parts.size());
        int[] tis = {5, 6, 0};
        int[] refs = {255, 0, 1};
        for (int i = 0; i < 3; i++) {
            assertEquals(tis[i], parts.get(i).transactionId().value());
            assertEquals(refs[i], parts.get(i).rp().messageReference());
            assertEquals(i < 2, deliver(parts.get(i)).moreMessagesToSend());
            assertEquals(new Concatenation(255, 3, i + 1, false), deliver(parts.get(i)).userData().concatenation()
                    .orElseThrow());
        }
    }

    @Test
    void numericAndElevenCharacterAlphanumericSendersRoundTrip() {
        assertEquals(Address.international("447700900123"),
                single(builder().originator(Address.international("447700900123")).text("a")).originatingAddress());
        assertEquals(Address.alphanumeric("BankOfAmeri"),
                single(builder().originator(Address.alphanumeric("BankOfAmeri")).text("a")).originatingAddress());
        assertThrows(IllegalArgumentException.class,
                () -> builder().originator(Address.alphanumeric("TwelveChars!")).text("a").build().encode());
    }

    @Test
    void timestampsRoundTripWithEitherZoneSign() {
        OffsetDateTime west = OffsetDateTime.of(2030, 7, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(-3, -30));
        OffsetDateTime east = OffsetDateTime.of(2024, 2, 29, 23, 59, 59, 0, ZoneOffset.ofHoursMinutes(12, 45));
        assertEquals(west, single(builder().timestamp(west).text("w")).serviceCentreTimestamp());
        assertEquals(east, single(builder().timestamp(east).text("e")).serviceCentreTimestamp());
        assertThrows(IllegalArgumentException.class, () -> builder()
                .timestamp(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(0, 10)))
                .text("x").build().encode());
    }

    @Test
    void emptyTextIsOneMessageWithNoUserData() {
        SmsDeliver d = single(builder().text(""));
        assertEquals(0, d.userDataLength());
        assertEquals("", d.text());
    }

    @Test
    void badParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SmsDeliverEncoder.builder().transactionId(7));
        assertThrows(IllegalArgumentException.class, () -> SmsDeliverEncoder.builder().messageReference(256));
        assertThrows(IllegalArgumentException.class, () -> builder().text("\u4e2d".repeat(67 * 256)).build().encode());
    }

    /** Orders the parts by sequence number, checks reference and total, and joins their texts. */
    private static String reassemble(List<CpData> parts, int reference) {
        String[] texts = new String[parts.size()];
        for (CpData cp : parts) {
            Concatenation c = deliver(cp).userData().concatenation().orElseThrow();
            assertEquals(reference, c.reference());
            assertEquals(parts.size(), c.total());
            texts[c.sequence() - 1] = deliver(cp).text();
        }
        return String.join("", texts);
    }
}
