package org.roguewatch.gsm.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.roguewatch.decode.Decoded;

/**
 * Compares our decoding with tshark 4.0's, message by message, on the fixture that
 * {@code src/test/tshark/sms/make-fixtures.sh} recorded. A field is compared wherever tshark shows
 * it; the few places where tshark departs from the specification are listed in
 * {@link #KNOWN_DIFFERENCES} with the clause we follow, and are asserted separately in
 * {@link SmsDeliverDecodingTest}.
 */
class SmsTsharkFixtureTest {
    private static final String FIXTURE = "tshark-sms.tsv";

    /** Row id to the tshark columns not compared there, each for a stated reason. */
    private static final Map<String, Set<String>> KNOWN_DIFFERENCES = Map.of(
            // TS 23.038 6.2.1.1: an undefined extension code shows the default-table character;
            // tshark shows U+FFFD instead.
            "deliver-escape-unknown", Set.of("gsm_sms.sms_text"),
            // TS 23.038 6.2.1.1: ESC ESC (reserved for a further table) shows a space, and a final
            // ESC shows a space (6.2.1); tshark shows U+FFFD and swallows the next character.
            "deliver-escape-escape", Set.of("gsm_sms.sms_text"),
            // TS 23.038 clause 4: reserved codings are read as the GSM 7-bit alphabet; tshark
            // shows no text for them.
            "deliver-reserved-alphabet", Set.of("gsm_sms.sms_text"),
            "deliver-reserved-group", Set.of("gsm_sms.sms_text"),
            // TS 23.040 9.2.3.12.3: the enhanced TP-VP is always 7 octets; tshark 4.0 reads only
            // the 2 it uses, then takes a padding octet for TP-UDL.
            "submit-enhanced-vp", Set.of("gsm_sms.tp.user_data_length", "gsm_sms.sms_text"));

    private static final Pattern ZONE_SHOWN = Pattern.compile("GMT ([+-]) (\\d+) hours (\\d+) minutes");

    @Test
    void fixtureStillMatchesWhatTheEncoderProduces() throws IOException {
        Map<String, Map<String, String>> rows = rows().stream()
                .collect(Collectors.toMap(r -> r.get("id"), r -> r, (a, b) -> a, LinkedHashMap::new));
        List<SmsFixtureMessages.Fixture> encoded = SmsFixtureMessages.encoded();
        assertTrue(encoded.size() >= 30, "the fixture covers at least 30 encoded messages");
        for (SmsFixtureMessages.Fixture f : encoded) {
            Map<String, String> row = rows.get(f.id());
            assertTrue(row != null, f.id() + " is in the fixture; rerun make-fixtures.sh");
            assertEquals(row.get("hex"), HexFormat.of().formatHex(f.l3()),
                    f.id() + ": encoder output changed since the fixture was made; rerun make-fixtures.sh");
        }
    }

    @TestFactory
    Stream<DynamicTest> decodingAgreesWithTshark() throws IOException {
        return rows().stream().map(row -> DynamicTest.dynamicTest(row.get("id"), () -> compare(row)));
    }

    private static void compare(Map<String, String> row) {
        String id = row.get("id");
        Set<String> skipped = KNOWN_DIFFERENCES.getOrDefault(id, Set.of());
        Expect expect = new Expect(id, row, skipped);
        assertEquals("", row.get("_ws.malformed") + row.get("_ws.expert.message"),
                id + ": tshark itself found the message faulty");
        Decoded<CpMessage> decoded = SmsDecoder.decodeCp(ByteBuffer.wrap(HexFormat.of().parseHex(row.get("hex"))));
        assertInstanceOf(Decoded.Ok.class, decoded, () -> id + ": " + decoded);
        CpMessage cp = decoded.valueOrNull();
        compareCp(expect, cp);
        expect.text("cp_name", cp.name());
        if (cp instanceof CpData data) {
            expect.text("rp_name", data.rp().name());
            compareRp(expect, data.rp());
        } else {
            expect.absent("gsm_a.rp.msg_type");
        }
    }

    private static void compareCp(Expect expect, CpMessage cp) {
        int type = cp instanceof CpData ? CpMessage.TYPE_DATA
                : cp instanceof CpAck ? CpMessage.TYPE_ACK : CpMessage.TYPE_ERROR;
        expect.number("gsm_a.dtap.msg_sms_type", type);
        expect.bool("gsm_a.dtap.ti_flag", cp.transactionId().sentToOriginator());
        if (expect.has("gsm_a.dtap.tie")) {
            expect.number("gsm_a.dtap.tio", 7);
            expect.number("gsm_a.dtap.tie", cp.transactionId().value());
        } else {
            expect.number("gsm_a.dtap.tio", cp.transactionId().value());
        }
        if (cp instanceof CpError error) {
            expect.number("gsm_a.dtap.cp_cause", error.cause());
        }
    }

    private static void compareRp(Expect expect, RpMessage rp) {
        expect.number("gsm_a.rp.msg_type", rp.messageType());
        expect.number("gsm_a.rp.rp_message_reference", rp.messageReference());
        Optional<Tpdu> tpdu = Optional.empty();
        List<String> addresses = new ArrayList<>();
        if (rp instanceof RpData data) {
            data.originatorAddress().ifPresent(a -> addresses.add(a.value()));
            data.destinationAddress().ifPresent(a -> addresses.add(a.value()));
            tpdu = Optional.of(data.tpdu());
        } else if (rp instanceof RpAck ack) {
            tpdu = ack.tpdu();
        } else if (rp instanceof RpError error) {
            expect.number("gsm_a.rp.cause", error.cause());
            tpdu = error.tpdu();
        }
        expect.text("gsm_a.dtap.cld_party_bcd_num", String.join(",", addresses));
        if (tpdu.isPresent()) {
            expect.text("tpdu_name", tpdu.get().name());
            compareTpdu(expect, tpdu.get());
        } else {
            expect.absent("gsm_sms.tp-mti");
        }
    }

    private static void compareTpdu(Expect expect, Tpdu tpdu) {
        List<OffsetDateTime> times = new ArrayList<>();
        Optional<UserData> userData = Optional.empty();
        Optional<DataCodingScheme> dcs = Optional.empty();
        Address address = null;
        if (tpdu instanceof SmsDeliver d) {
                expect.number("gsm_sms.tp-mti", Tpdu.MTI_DELIVER);
                expect.bool("gsm_sms.tp-mms", !d.moreMessagesToSend());
                expect.bool("gsm_sms.tp-lp", d.loopPrevention());
                expect.bool("gsm_sms.tp-sri", d.statusReportIndication());
                expect.bool("gsm_sms.tp-udhi", d.userDataHeaderIndicator());
                expect.bool("gsm_sms.tp-rp", d.replyPath());
                expect.text("gsm_sms.tp-oa", d.originatingAddress().value());
                expect.number("gsm_sms.tp-pid", d.protocolIdentifier());
                expect.number("gsm_sms.tp.user_data_length", d.userDataLength());
                address = d.originatingAddress();
                times.add(d.serviceCentreTimestamp());
                dcs = Optional.of(d.dataCodingScheme());
                userData = Optional.of(d.userData());
        } else if (tpdu instanceof SmsSubmit s) {
                expect.number("gsm_sms.tp-mti", Tpdu.MTI_SUBMIT);
                expect.bool("gsm_sms.tp-rd", s.rejectDuplicates());
                expect.bool("gsm_sms.tp-srr", s.statusReportRequest());
                expect.bool("gsm_sms.tp-udhi", s.userDataHeaderIndicator());
                expect.bool("gsm_sms.tp-rp", s.replyPath());
                expect.number("gsm_sms.tp-mr", s.messageReference());
                expect.text("gsm_sms.tp-da", s.destinationAddress().value());
                expect.number("gsm_sms.tp-pid", s.protocolIdentifier());
                expect.number("gsm_sms.tp-vpf", s.validityPeriodFormat());
                expect.number("gsm_sms.tp.user_data_length", s.userDataLength());
                ValidityPeriod vp = s.validityPeriod().orElse(null);
                if (vp instanceof ValidityPeriod.Relative r) {
                    expect.number("gsm_sms.vp.validity_period", r.value());
                } else if (vp instanceof ValidityPeriod.Absolute a) {
                    times.add(a.expiry());
                } else if (vp instanceof ValidityPeriod.Enhanced e) {
                    expect.number("gsm_sms.vp.validity_period", e.duration().orElseThrow().toSeconds());
                } else {
                    expect.absent("gsm_sms.vp.validity_period");
                }
                address = s.destinationAddress();
                dcs = Optional.of(s.dataCodingScheme());
                userData = Optional.of(s.userData());
        } else if (tpdu instanceof SmsStatusReport r) {
                expect.number("gsm_sms.tp-mti", Tpdu.MTI_STATUS_REPORT);
                expect.bool("gsm_sms.tp-mms", !r.moreMessagesToSend());
                expect.bool("gsm_sms.tp-srq", r.statusReportQualifier());
                expect.bool("gsm_sms.tp-udhi", r.userDataHeaderIndicator());
                expect.number("gsm_sms.tp-mr", r.messageReference());
                expect.text("gsm_sms.tp-ra", r.recipientAddress().value());
                // tshark splits TP-ST (9.2.3.15) into bit 7, bits 6-5 and bits 4-0.
                expect.number("gsm_sms.dis_field.definition", r.status() >>> 7);
                expect.number("gsm_sms.dis_field.st_error", (r.status() >>> 5) & 0x03);
                expect.number("gsm_sms.dis.field_st_reason", r.status() & 0x1F);
                r.protocolIdentifier().ifPresent(pid -> expect.number("gsm_sms.tp-pid", pid));
                address = r.recipientAddress();
                times.add(r.serviceCentreTimestamp());
                times.add(r.dischargeTime());
                dcs = r.dataCodingScheme();
                userData = r.userData();
        } else {
            expect.number("gsm_sms.tp-mti", ((OtherTpdu) tpdu).messageTypeIndicator());
            return;
        }
        expect.number("gsm_sms.dis_field_addr.num_type", address.typeOfNumber());
        expect.number("gsm_sms.dis_field_addr.num_plan", address.numberingPlan());
        dcs.ifPresent(coding -> compareDcs(expect, coding));
        compareTimes(expect, times);
        compareUserData(expect, userData);
    }

    private static void compareDcs(Expect expect, DataCodingScheme dcs) {
        expect.number("gsm_sms.tp-dcs", dcs.value());
        if (expect.has("gsm_sms.dcs.message_class_defined")) {
            // General data coding group: the class bits count only when bit 4 says so.
            boolean defined = dcs.messageClass() != MessageClass.NONE;
            expect.bool("gsm_sms.dcs.message_class_defined", defined);
            if (defined) {
                expect.number("gsm_sms.dcs.message_class", dcs.messageClass().bits());
            }
            expect.number("gsm_sms.dcs.character_set", (dcs.value() >>> 2) & 0x03);
            expect.bool("gsm_sms.dcs.text_compressed", dcs.compressed());
            if (((dcs.value() >>> 2) & 0x03) == 0x03) {
                assertTrue(dcs.reserved() && dcs.alphabet() == Alphabet.GSM_7BIT, expect.id + ": reserved alphabet");
            }
        } else if (expect.has("gsm_sms.dcs.message_class")) {
            // Data coding/message class group (1111): always a class.
            expect.number("gsm_sms.dcs.message_class", dcs.messageClass().bits());
        } else {
            assertEquals(MessageClass.NONE, dcs.messageClass(), expect.id + ": no message class");
        }
    }

    private static void compareTimes(Expect expect, List<OffsetDateTime> times) {
        expect.numbers("gsm_sms.scts.year", times.stream().map(t -> t.getYear() % 100).toList());
        expect.numbers("gsm_sms.scts.month", times.stream().map(OffsetDateTime::getMonthValue).toList());
        expect.numbers("gsm_sms.scts.day", times.stream().map(OffsetDateTime::getDayOfMonth).toList());
        expect.numbers("gsm_sms.scts.hour", times.stream().map(OffsetDateTime::getHour).toList());
        expect.numbers("gsm_sms.scts.minutes", times.stream().map(OffsetDateTime::getMinute).toList());
        expect.numbers("gsm_sms.scts.seconds", times.stream().map(OffsetDateTime::getSecond).toList());
        expect.numbers("gsm_sms.scts.timezone", times.stream()
                .map(t -> Math.abs(t.getOffset().getTotalSeconds()) / 900).toList());
        List<Integer> shownMinutes = new ArrayList<>();
        Matcher m = ZONE_SHOWN.matcher(expect.row.get("scts_timezone_shown"));
        while (m.find()) {
            int minutes = Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
            shownMinutes.add(m.group(1).equals("-") ? -minutes : minutes);
        }
        assertEquals(shownMinutes, times.stream().map(t -> t.getOffset().getTotalSeconds() / 60).toList(),
                expect.id + ": time zones as tshark shows them");
    }

    private static void compareUserData(Expect expect, Optional<UserData> userData) {
        String text = userData.map(UserData::text).orElse("");
        expect.text("gsm_sms.sms_text", tsharkEscaped(text));
        Optional<UserDataHeader> header = userData.flatMap(UserData::header);
        expect.text("gsm_sms.dis_field_udh.user_data_header_length",
                header.map(h -> Integer.toString(h.length())).orElse(""));
        expect.numbers("gsm_sms.ie_identifier", header.map(h -> h.elements().stream()
                .map(InformationElement::iei).toList()).orElse(List.of()));
        Optional<Concatenation> concatenation = header.flatMap(UserDataHeader::concatenation);
        expect.numbers("gsm_sms.udh.mm.msg_id", concatenation.map(c -> List.of(c.reference())).orElse(List.of()));
        expect.numbers("gsm_sms.udh.mm.msg_parts", concatenation.map(c -> List.of(c.total())).orElse(List.of()));
        expect.numbers("gsm_sms.udh.mm.msg_part", concatenation.map(c -> List.of(c.sequence())).orElse(List.of()));
        Optional<ApplicationPorts> ports = header.flatMap(UserDataHeader::ports);
        expect.numbers("gsm_sms.destination_port", ports.map(p -> List.of(p.destination())).orElse(List.of()));
        expect.numbers("gsm_sms.originator_port", ports.map(p -> List.of(p.originator())).orElse(List.of()));
    }

    /** tshark -T fields writes control characters as C escapes. */
    private static String tsharkEscaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static List<Map<String, String>> rows() throws IOException {
        try (InputStream in = SmsTsharkFixtureTest.class.getResourceAsStream(FIXTURE)) {
            if (in == null) {
                fail("missing test resource " + FIXTURE);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            String[] header = lines[0].split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String[] cells = lines[i].split("\t", -1);
                assertEquals(header.length, cells.length, "columns in fixture line " + (i + 1));
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < header.length; c++) {
                    row.put(header[c], cells[c]);
                }
                rows.add(row);
            }
            assertFalse(rows.isEmpty(), "fixture has rows");
            return rows;
        }
    }

    /** Compares one row's tshark columns with our values. */
    private record Expect(String id, Map<String, String> row, Set<String> skipped) {
        boolean has(String field) {
            return !row.get(field).isEmpty();
        }

        void absent(String field) {
            assertEquals("", row.get(field), id + ": tshark shows " + field + " we did not decode");
        }

        /** Compared only where tshark shows the field. */
        void number(String field, long expected) {
            if (has(field) && !skipped.contains(field)) {
                assertEquals(expected, Long.decode(row.get(field)), id + ": " + field);
            }
        }

        void bool(String field, boolean expected) {
            number(field, expected ? 1 : 0);
        }

        /** All occurrences, in order; no occurrence must mean none on our side either. */
        void numbers(String field, List<? extends Number> expected) {
            if (skipped.contains(field)) {
                return;
            }
            List<Long> shown = row.get(field).isEmpty() ? List.of()
                    : Stream.of(row.get(field).split(",")).map(Long::decode).toList();
            assertEquals(expected.stream().map(Number::longValue).toList(), shown, id + ": " + field);
        }

        void text(String field, String expected) {
            if (!skipped.contains(field)) {
                assertEquals(expected, row.get(field), id + ": " + field);
            }
        }
    }
}
