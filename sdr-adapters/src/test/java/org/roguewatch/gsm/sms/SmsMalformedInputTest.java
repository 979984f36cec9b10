package org.roguewatch.gsm.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roguewatch.gsm.sms.SmsHex.buffer;
import static org.roguewatch.gsm.sms.SmsHex.malformed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.Decoded;

/** Bad bytes never throw out of the entry points; each yields a reason under the right layer. */
class SmsMalformedInputTest {
    private static final String OA = "0b911316325476f8";
    private static final String SCTS = "62304121005000";
    private static final String DELIVER = "04" + OA + "0000" + SCTS + "0ae8329bfd4697d9ec37";

    /** Every L3 message of the tshark fixture: encoder output and the hand-written ones. */
    private static List<byte[]> validMessages() throws IOException {
        List<byte[]> messages = new ArrayList<>();
        for (Map<String, String> row : SmsTsharkFixtureTest.rows()) {
            messages.add(HexFormat.of().parseHex(row.get("hex")));
        }
        return messages;
    }

    @Test
    void everyTruncationOfEveryValidMessageIsMalformed() throws IOException {
        int checked = 0;
        for (byte[] message : validMessages()) {
            assertTrue(SmsDecoder.decodeCp(ByteBuffer.wrap(message)) instanceof Decoded.Ok,
                    () -> "the whole message decodes: " + HexFormat.of().formatHex(message));
            for (int length = 0; length < message.length; length++) {
                Decoded<CpMessage> cut = SmsDecoder.decodeCp(ByteBuffer.wrap(message, 0, length).slice());
                Decoded.Malformed<CpMessage> m = malformed(cut);
                assertTrue(m.reason().startsWith("sms."), m.reason());
                assertTrue(m.offset() >= 0 && m.offset() <= length, "offset " + m.offset() + " within " + length);
                assertNotNull(m.detail());
                checked++;
            }
        }
        assertTrue(checked > 3000, "checked " + checked + " truncations");
    }

    @Test
    void everyTruncationOfADeliverTpduIsMalformedAtTheTpduLayer() {
        byte[] tpdu = HexFormat.of().parseHex(DELIVER);
        for (int length = 0; length < tpdu.length; length++) {
            Decoded.Malformed<Tpdu> m = malformed(SmsDecoder.decodeTpdu(ByteBuffer.wrap(tpdu, 0, length).slice(), true));
            assertTrue(m.reason().equals("sms.tpdu.truncated") || m.reason().equals("sms.tpdu.user-data-length"),
                    length + ": " + m.reason());
        }
    }

    @Test
    void everyTruncationOfAnRpDataIsMalformedAtTheRpLayer() {
        byte[] rpdu = HexFormat.of().parseHex("0105" + "07911326040000f0" + "00" + "1c" + DELIVER);
        assertTrue(SmsDecoder.decodeRp(ByteBuffer.wrap(rpdu), true) instanceof Decoded.Ok, "the whole RPDU decodes");
        for (int length = 0; length < rpdu.length; length++) {
            Decoded.Malformed<RpMessage> m = malformed(SmsDecoder.decodeRp(ByteBuffer.wrap(rpdu, 0, length).slice(),
                    true));
            assertTrue(m.reason().startsWith("sms.rp."), length + ": " + m.reason());
        }
    }

    @Test
    void userDataLengthBeyondTheDataIsReported() {
        String longer = "04" + OA + "0000" + SCTS + "0be8329bfd4697d9ec37";
        Decoded.Malformed<Tpdu> m = malformed(SmsDecoder.decodeTpdu(buffer(longer), true));
        assertEquals("sms.tpdu.user-data-length", m.reason());
        assertEquals(18, m.offset(), "points at TP-UDL");
        String ucs2 = "04" + OA + "0008" + SCTS + "0a00410042";
        assertEquals("sms.tpdu.user-data-length", malformed(SmsDecoder.decodeTpdu(buffer(ucs2), true)).reason());
    }

    @Test
    void userDataLengthBeyondOneHundredFortyOctetsIsReported() {
        String tooLong = "04" + OA + "0000" + SCTS + "a1" + "00".repeat(141);
        assertEquals("sms.tpdu.user-data-length", malformed(SmsDecoder.decodeTpdu(buffer(tooLong), true)).reason());
    }

    @Test
    void userDataHeaderFaultsAreReported() {
        String udhTooLong = "44" + OA + "0004" + SCTS + "03" + "0a0003";
        assertEquals("sms.tpdu.udh-length", malformed(SmsDecoder.decodeTpdu(buffer(udhTooLong), true)).reason());
        String elementOverrun = "44" + OA + "0004" + SCTS + "04" + "03000501";
        assertEquals("sms.tpdu.udh-element", malformed(SmsDecoder.decodeTpdu(buffer(elementOverrun), true)).reason());
        String headerBeyondSeptets = "44" + OA + "0000" + SCTS + "02" + "0500030a0201";
        assertEquals("sms.tpdu.udh-length",
                malformed(SmsDecoder.decodeTpdu(buffer(headerBeyondSeptets), true)).reason());
        String emptyWithUdhi = "44" + OA + "0004" + SCTS + "00";
        assertEquals("sms.tpdu.udh-length", malformed(SmsDecoder.decodeTpdu(buffer(emptyWithUdhi), true)).reason());
    }

    @Test
    void overlongTpAddressIsReported() {
        String address = "15911316325476f8" + "11".repeat(4);
        assertEquals("sms.tpdu.address-length", malformed(SmsDecoder.decodeTpdu(
                buffer("04" + address + "0000" + SCTS + "00"), true)).reason());
    }

    @Test
    void emptyUserDataInsideTheLowerLayersIsReported() {
        assertEquals("sms.cp.user-data-length", malformed(SmsDecoder.decodeCp(buffer("190100"))).reason());
        assertEquals("sms.rp.user-data-length",
                malformed(SmsDecoder.decodeRp(buffer("0105" + "07911326040000f0" + "00" + "00"), true)).reason());
        assertEquals("sms.rp.cause-length", malformed(SmsDecoder.decodeRp(buffer("052c00"), true)).reason());
    }

    @Test
    void tenThousandRandomMessagesNeverThrow() {
        Random random = new Random(20261124L);
        for (int i = 0; i < 10_000; i++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            if (i % 2 == 0 && bytes.length > 1) {
                bytes[0] = (byte) ((bytes[0] & 0xf0) | CpMessage.PROTOCOL_DISCRIMINATOR);
                bytes[1] = (byte) CpMessage.TYPE_DATA;
            }
            checkAllEntryPoints(bytes);
        }
    }

    @Test
    void tenThousandMutatedValidMessagesNeverThrow() throws IOException {
        List<byte[]> valid = validMessages();
        Random random = new Random(4729L);
        for (int i = 0; i < 10_000; i++) {
            byte[] bytes = valid.get(random.nextInt(valid.size())).clone();
            int flips = 1 + random.nextInt(4);
            for (int f = 0; f < flips; f++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            checkAllEntryPoints(bytes);
            // The same damage one layer and two layers down.
            if (bytes.length > 3) {
                checkAllEntryPoints(Arrays.copyOfRange(bytes, 3, bytes.length));
            }
            if (bytes.length > 15) {
                checkAllEntryPoints(Arrays.copyOfRange(bytes, 15, bytes.length));
            }
        }
    }

    private static void checkAllEntryPoints(byte[] bytes) {
        check(bytes, "sms.cp.", b -> SmsDecoder.decodeCp(b));
        check(bytes, "sms.", b -> SmsDecoder.decodeRp(b, true));
        check(bytes, "sms.", b -> SmsDecoder.decodeRp(b, false));
        check(bytes, "sms.tpdu.", b -> SmsDecoder.decodeTpdu(b, true));
        check(bytes, "sms.tpdu.", b -> SmsDecoder.decodeTpdu(b, false));
    }

    private static <T> void check(byte[] bytes, String cpPrefix, Function<ByteBuffer, Decoded<T>> decoder) {
        Decoded<T> result;
        try {
            result = decoder.apply(ByteBuffer.wrap(bytes));
        } catch (RuntimeException e) {
            throw new AssertionError("exception escaped for " + HexFormat.of().formatHex(bytes), e);
        }
        if (result instanceof Decoded.Malformed<T> m) {
            assertTrue(m.reason().startsWith("sms."), m.reason());
            assertTrue(m.offset() >= 0 && m.offset() <= bytes.length,
                    m.reason() + " offset " + m.offset() + " in " + bytes.length + " bytes");
            assertNotNull(m.detail());
        }
        if (cpPrefix.equals("sms.tpdu.") && result instanceof Decoded.Malformed<T> m) {
            assertTrue(m.reason().startsWith(cpPrefix), m.reason());
        }
    }
}
