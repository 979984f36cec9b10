package org.roguewatch.gsm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.roguewatch.gsmtap.GsmtapChannel;
import org.roguewatch.testing.Hex;
import org.roguewatch.testing.UmFrames;

/**
 * tshark, the oracle, read our encoders' output as the records we encoded: the fixture
 * ({@code encoders-tshark.tsv}, written by {@code src/test/tshark/encoders/make-fixtures.sh})
 * holds what tshark 4.0 made of each frame of {@link EncoderFixtureFrames}; here the encoders must
 * still produce those exact bytes, and every field tshark showed must match the record.
 */
class EncoderTsharkFixtureTest {
    private static final Map<String, Map<String, String>> ROWS = rows("encoders-tshark.tsv");
    /** Digit and hex strings whose leading zeros count. */
    private static final Set<String> TEXT_FIELDS = Set.of("e212.imsi", "gsm_a.imei", "gsm_a.imeisv", "gsm_a.dtap.rand",
            "gsm_a.dtap.autn");

    @Test
    void encodersStillProduceTheBytesTsharkDissected() {
        List<EncoderFixtureFrames.Frame> frames = EncoderFixtureFrames.frames();
        assertEquals(frames.size(), ROWS.size(), "one fixture row per frame");
        for (EncoderFixtureFrames.Frame frame : frames) {
            Map<String, String> row = ROWS.get(frame.id());
            assertNotNull(row, "fixture row for " + frame.id());
            assertEquals(row.get("carrier"), frame.carrier(), frame.id());
            assertEquals(row.get("hex"), Hex.of(frame.bytes()), frame.id() + ": regenerate the fixture if this changed");
        }
    }

    @Test
    void framesDecodeToTheRecordsTheyWereEncodedFrom() {
        for (EncoderFixtureFrames.Frame frame : EncoderFixtureFrames.frames()) {
            GsmMessage decoded = switch (frame.carrier()) {
                case "bcch", "ccch" -> UmFrames.ccch(frame.bytes());
                case "sacch" -> UmFrames.message(new UmDecoder().decode(
                        UmFrames.frame(GsmtapChannel.SDCCH8 | GsmtapChannel.ACCH, false, frame.bytes())));
                default -> GsmL3Decoder.decode(java.nio.ByteBuffer.wrap(frame.bytes()), -1).valueOrNull();
            };
            assertEquals(frame.message(), decoded, frame.id());
        }
    }

    @Test
    void tsharkFoundNothingMalformedAndNoExpertInformation() {
        for (Map.Entry<String, Map<String, String>> row : ROWS.entrySet()) {
            assertEquals("", row.getValue().get("_ws.malformed"), row.getKey());
            assertEquals("", row.getValue().get("_ws.expert.message"), row.getKey());
        }
        List<String> expert = lines("encoders-expert.txt").stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        assertEquals(List.of(), expert, "tshark -z expert -q output");
    }

    @Test
    void tsharkReadsEveryFieldAsTheRecordSays() {
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (EncoderFixtureFrames.Frame frame : EncoderFixtureFrames.frames()) {
            Map<String, String> row = ROWS.get(frame.id());
            for (Map.Entry<String, String> expected : TsharkExpectations.of(frame).entrySet()) {
                String field = expected.getKey();
                assertTrue(row.containsKey(field), "fixture has a column for " + field);
                if (!same(field, expected.getValue(), row.get(field))) {
                    mismatches.add(frame.id() + " " + field + ": record says '" + expected.getValue() + "', tshark '"
                            + row.get(field) + "'");
                }
                compared++;
            }
        }
        assertEquals(List.of(), mismatches);
        assertTrue(compared > 600, "fields compared: " + compared);
    }

    /** Numbers as numbers (tshark prints some in hex), ARFCN lists as sets, the rest as text. */
    private static boolean same(String field, String expected, String actual) {
        if (field.equals(TsharkExpectations.ARFCN_LISTS)) {
            return numbers(expected).equals(numbers(actual));
        }
        String[] e = expected.split(",", -1);
        String[] a = actual.split(",", -1);
        if (e.length != a.length) {
            return false;
        }
        for (int i = 0; i < e.length; i++) {
            Long en = TEXT_FIELDS.contains(field) ? null : number(e[i]);
            Long an = TEXT_FIELDS.contains(field) ? null : number(a[i]);
            boolean equal = en != null && an != null ? en.equals(an) : e[i].equals(a[i]);
            if (!equal) {
                return false;
            }
        }
        return true;
    }

    private static Long number(String text) {
        try {
            return text.startsWith("0x") ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static TreeSet<Integer> numbers(String text) {
        TreeSet<Integer> out = new TreeSet<>();
        Arrays.stream(text.split("[ |]+")).filter(s -> !s.isBlank()).forEach(s -> out.add(Integer.parseInt(s)));
        return out;
    }

    private static Map<String, Map<String, String>> rows(String resource) {
        List<String> lines = lines(resource);
        String[] header = lines.get(0).split("\t", -1);
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 1; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.put(cells[0], row);
        }
        return rows;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = EncoderTsharkFixtureTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
