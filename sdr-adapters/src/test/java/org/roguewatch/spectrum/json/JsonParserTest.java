package org.roguewatch.spectrum.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roguewatch.spectrum.json.JsonValue.JsonArray;
import org.roguewatch.spectrum.json.JsonValue.JsonNumber;
import org.roguewatch.spectrum.json.JsonValue.JsonObject;
import org.roguewatch.spectrum.json.JsonValue.JsonString;

class JsonParserTest {
    private static final String SIGMF = """
            {
              "global": {"core:datatype": "cu8", "core:sample_rate": 2.4e6, "core:version": "1.0.0",
                         "core:description": "caf\\u00e9 \\"quoted\\" \\\\ / \\n", "x:flag": true, "x:none": null},
              "captures": [{"core:sample_start": 0, "core:frequency": 100000000.0}],
              "annotations": []
            }
            """;

    @Test
    void aSigmfDocumentParsesInOrderWithNumbersAsWritten() throws JsonException {
        JsonObject root = (JsonObject) JsonParser.parse(SIGMF);
        assertEquals(List.of("global", "captures", "annotations"), List.copyOf(root.members().keySet()));
        JsonObject global = (JsonObject) root.get("global").orElseThrow();
        assertEquals(new JsonNumber("2.4e6"), global.get("core:sample_rate").orElseThrow());
        assertEquals(2_400_000.0, ((JsonNumber) global.get("core:sample_rate").orElseThrow()).doubleValue());
        assertEquals("café \"quoted\" \\ / \n", ((JsonString) global.get("core:description").orElseThrow()).value());
        assertEquals(new JsonValue.JsonBoolean(true), global.get("x:flag").orElseThrow());
        assertEquals(JsonValue.JsonNull.INSTANCE, global.get("x:none").orElseThrow());
        JsonArray captures = (JsonArray) root.get("captures").orElseThrow();
        assertEquals(new JsonNumber("100000000.0"),
                ((JsonObject) captures.elements().get(0)).get("core:frequency").orElseThrow());
    }

    @Test
    void writingAndReadingBackGivesTheSameValue() throws JsonException {
        JsonValue parsed = JsonParser.parse(SIGMF);
        String written = JsonWriter.write(parsed);
        assertEquals(parsed, JsonParser.parse(written));
        assertTrue(written.contains("\"core:sample_rate\": 2.4e6"), written);
        JsonObject controls = new JsonObject(Map.of("k", new JsonString("\u0001\t\u001f\"")));
        assertEquals(controls, JsonParser.parse(JsonWriter.write(controls)));
    }

    @Test
    void surrogatePairsFromEscapesMakeOneCharacter() throws JsonException {
        assertEquals(new JsonString("\uD83D\uDCE1"), JsonParser.parse("\"\\ud83d\\udce1\""));
    }

    @Test
    void whatRfc8259DoesNotAllowIsRefusedSayingWhere() {
        String[][] cases = {
            {"{\"a\": 1,}", "line 1, column 9"},
            {"[1, 2,]", "line 1, column 7"},
            {"// comment\n{}", "line 1, column 1"},
            {"{'a': 1}", "expected a member name"},
            {"{\"a\": 01}", "leading zero"},
            {"{\"a\": NaN}", "expected a value"},
            {"{\"a\": -}", "'-' not followed by a digit"},
            {"{\"a\": 1.}", "no digit after the decimal point"},
            {"{\"a\": 1e}", "no digit in the exponent"},
            {"{\"a\": \"tab\there\"}", "control character U+0009"},
            {"{\"a\": \"\\x\"}", "invalid escape"},
            {"{\"a\": \"\\u12\"}", "four hex digits"},
            {"{\"a\": 1, \"a\": 2}", "duplicate member name \"a\""},
            {"{\"a\": 1}\n{}", "line 2, column 1: unexpected '{' after the JSON value"},
            {"{\"a\": \"open", "string never closed"},
            {"", "unexpected end of text"},
            {"{\"a\" 1}", "expected ':'"},
            {"[1 2]", "expected ',' or ']'"},
            {"tru", "expected a value"},
        };
        for (String[] c : cases) {
            JsonException e = assertThrows(JsonException.class, () -> JsonParser.parse(c[0]), c[0]);
            assertTrue(e.getMessage().contains(c[1]), c[0] + " -> " + e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void nestingIsBounded() {
        String deep = "[".repeat(JsonParser.MAX_DEPTH + 1) + "]".repeat(JsonParser.MAX_DEPTH + 1);
        JsonException e = assertThrows(JsonException.class, () -> JsonParser.parse(deep));
        assertTrue(e.getMessage().contains("nested deeper than"), e.getMessage());
        String ok = "[".repeat(JsonParser.MAX_DEPTH) + "]".repeat(JsonParser.MAX_DEPTH);
        assertInstanceOf(JsonArray.class, assertDoesNotThrow(ok));
    }

    private static JsonValue assertDoesNotThrow(String text) {
        try {
            return JsonParser.parse(text);
        } catch (JsonException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void mangledDocumentsFailOnlyWithJsonException() {
        Random random = new Random(3);
        String alphabet = "{}[]\",:0123456789.-+eEtrufalsn \\u\n";
        int parsed = 0;
        for (int i = 0; i < 20_000; i++) {
            char[] chars = SIGMF.toCharArray();
            for (int e = 0; e < 1 + random.nextInt(3); e++) {
                chars[random.nextInt(chars.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String text = new String(chars, 0, random.nextInt(chars.length + 1));
            try {
                JsonParser.parse(text);
                parsed++;
            } catch (JsonException e) {
                assertTrue(e.offset() >= 0 && e.offset() <= text.length(), e.getMessage());
            }
        }
        assertTrue(parsed < 20_000);
    }
}
