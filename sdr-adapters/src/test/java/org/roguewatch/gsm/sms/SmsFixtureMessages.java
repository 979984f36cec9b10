package org.roguewatch.gsm.sms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The messages our encoder contributes to the tshark fixture (see
 * {@code src/test/tshark/sms/make-fixtures.sh}). Run as a program it writes one line per L3
 * message: {@code id TAB uplink TAB hex}; {@link SmsTsharkFixtureTest} checks that the encoder
 * still produces exactly these bytes.
 */
public final class SmsFixtureMessages {
    static final Address SMSC = Address.international("31624000000");
    static final OffsetDateTime NOON_UTC = OffsetDateTime.of(2026, 3, 14, 12, 0, 5, 0, ZoneOffset.UTC);

    /** One encoded message or part. */
    public record Fixture(String id, byte[] l3) {
    }

    private SmsFixtureMessages() {
    }

    public static List<Fixture> encoded() {
        List<Fixture> out = new ArrayList<>();
        add(out, "plain-gsm7", base().originator(Address.international("447700900123")).text("Hello from the network"));
        add(out, "alpha-paypal", base().originator(Address.alphanumeric("PayPal"))
                .text("Your account is limited. Verify at http://paypa1-secure.example/login"));
        add(out, "alpha-11-chars", base().originator(Address.alphanumeric("BankOfAmeri")).text("Card blocked"));
        add(out, "alpha-7-chars", base().originator(Address.alphanumeric("DHLInfo")).text("Parcel held: pay 1.99"));
        add(out, "alpha-extension", base().originator(Address.alphanumeric("Shop[1]")).text("Sale"));
        add(out, "len-7", base().text("1234567"));
        add(out, "len-8", base().text("12345678"));
        add(out, "len-160", base().text("0123456789".repeat(16)));
        add(out, "at-end", base().text("mail me @"));
        add(out, "at-end-len-7", base().text("abcdef@"));
        add(out, "cr-end-len-8", base().text("abcdefg\r"));
        add(out, "extension-chars", base().text("Pay 5\u20ac now {code} [x] ~^| \\ end"));
        add(out, "latin-greek", base().text("\u00dcber \u00df \u0394\u03a9 \u00e8\u00e9 \u00a1\u00bf \u00a7\u00a3\u00a5 \u00c7"));
        add(out, "ucs2-chinese", base().originator(Address.alphanumeric("ICBC"))
                .text("\u60a8\u7684\u94f6\u884c\u8d26\u6237\u5df2\u88ab\u51bb\u7ed3\uff0c\u8bf7\u70b9\u51fb\u94fe\u63a5"));
        add(out, "ucs2-emoji", base().text("Win a \ud83c\udf81 now"));
        add(out, "flash-class0", base().messageClass(MessageClass.CLASS_0).text("URGENT: call 0900 123"));
        add(out, "class1", base().messageClass(MessageClass.CLASS_1).text("class one"));
        add(out, "class3-ucs2", base().messageClass(MessageClass.CLASS_3).text("\u0416\u0443\u043a"));
        add(out, "silent-type0", base().protocolIdentifier(ProtocolIdentifier.SHORT_MESSAGE_TYPE_0).text(""));
        add(out, "replace-type1", base().protocolIdentifier(ProtocolIdentifier.REPLACE_TYPE_1).text("replaced"));
        add(out, "sim-data-download", base().protocolIdentifier(ProtocolIdentifier.SIM_DATA_DOWNLOAD)
                .messageClass(MessageClass.CLASS_2)
                .binary(HexFormat.of().parseHex("027000001115b2010000000000000000000001020304050607")));
        add(out, "mwi-voicemail", base().dataCodingScheme(DataCodingScheme.decode(0xC8)).text("1 new voicemail"));
        add(out, "mwi-store-ucs2", base().dataCodingScheme(DataCodingScheme.decode(0xE1)).text("\u00c5 fax"));
        add(out, "group-f-class0", base().dataCodingScheme(DataCodingScheme.decode(0xF0)).text("F0 flash"));
        add(out, "group-f-8bit", base().dataCodingScheme(DataCodingScheme.decode(0xF5))
                .binary("data".getBytes(StandardCharsets.US_ASCII)));
        add(out, "zone-minus-5", base().timestamp(OffsetDateTime.of(2025, 12, 31, 23, 59, 59, 0, ZoneOffset.ofHours(-5)))
                .text("west"));
        add(out, "zone-plus-545", base().timestamp(OffsetDateTime.of(2024, 2, 29, 6, 7, 8, 0,
                ZoneOffset.ofHoursMinutes(5, 45))).text("Nepal"));
        add(out, "zone-minus-330", base().timestamp(OffsetDateTime.of(2030, 7, 1, 0, 0, 0, 0,
                ZoneOffset.ofHoursMinutes(-3, -30))).text("Newfoundland"));
        add(out, "national-number", base().originator(Address.ofDigits(Address.TON_NATIONAL, "0612345678"))
                .text("national"));
        add(out, "long-gsm7", base().messageReference(200).concatenationReference(77)
                .text("Dear customer, ".repeat(25)));
        add(out, "long-ucs2", base().messageReference(254).text("\u8bf7\u7acb\u5373\u767b\u5f55".repeat(20)));
        add(out, "split-at-euro", base().messageReference(10).text("x".repeat(152) + "\u20ac" + "y".repeat(10)));
        return out;
    }

    private static SmsDeliverEncoder.Builder base() {
        return SmsDeliverEncoder.builder().transactionId(3).messageReference(42).serviceCentre(SMSC)
                .originator(Address.international("31612345678")).timestamp(NOON_UTC);
    }

    private static void add(List<Fixture> out, String id, SmsDeliverEncoder.Builder builder) {
        List<byte[]> parts = builder.build().encode();
        for (int i = 0; i < parts.size(); i++) {
            out.add(new Fixture(parts.size() == 1 ? id : id + "#" + (i + 1), parts.get(i)));
        }
    }

    /** Writes the fixture input list to {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Fixture f : encoded()) {
            lines.append(f.id()).append('\t').append(0).append('\t').append(HexFormat.of().formatHex(f.l3()))
                    .append('\n');
        }
        Files.writeString(Path.of(args[0]), lines.toString(), StandardCharsets.UTF_8);
    }
}
