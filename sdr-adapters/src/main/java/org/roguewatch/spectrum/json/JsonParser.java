package org.roguewatch.spectrum.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict RFC 8259 parser: no comments, no trailing commas, no single quotes, no NaN, no leading
 * zeros, no control characters in strings, one value and nothing after it. It also refuses
 * duplicate object keys (RFC 8259 §4 leaves their meaning open, and a metadata file that says two
 * things is better refused than guessed) and nesting deeper than {@value #MAX_DEPTH}.
 */
public final class JsonParser {
    static final int MAX_DEPTH = 128;

    private final String text;
    private int pos;
    private int depth;

    private JsonParser(String text) {
        this.text = text;
    }

    public static JsonValue parse(String text) throws JsonException {
        JsonParser parser = new JsonParser(text);
        parser.skipWhitespace();
        JsonValue value = parser.value();
        parser.skipWhitespace();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected " + parser.describeHere() + " after the JSON value");
        }
        return value;
    }

    private JsonValue value() throws JsonException {
        if (pos >= text.length()) {
            throw error("unexpected end of text, expected a value");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> new JsonValue.JsonString(string());
            case 't' -> literal("true", new JsonValue.JsonBoolean(true));
            case 'f' -> literal("false", new JsonValue.JsonBoolean(false));
            case 'n' -> literal("null", JsonValue.JsonNull.INSTANCE);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected " + describeHere() + ", expected a value");
            }
        };
    }

    private JsonValue.JsonObject object() throws JsonException {
        enter();
        pos++;
        Map<String, JsonValue> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            depth--;
            return new JsonValue.JsonObject(members);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("unexpected " + describeHere() + ", expected a member name in double quotes");
            }
            int keyAt = pos;
            String key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            JsonValue value = value();
            if (members.putIfAbsent(key, value) != null) {
                throw error("duplicate member name \"" + key + "\"", keyAt);
            }
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == '}') {
                pos++;
                depth--;
                return new JsonValue.JsonObject(members);
            } else {
                throw error("unexpected " + describeHere() + ", expected ',' or '}'");
            }
        }
    }

    private JsonValue.JsonArray array() throws JsonException {
        enter();
        pos++;
        List<JsonValue> elements = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            depth--;
            return new JsonValue.JsonArray(elements);
        }
        while (true) {
            skipWhitespace();
            elements.add(value());
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == ']') {
                pos++;
                depth--;
                return new JsonValue.JsonArray(elements);
            } else {
                throw error("unexpected " + describeHere() + ", expected ',' or ']'");
            }
        }
    }

    private String string() throws JsonException {
        int start = pos;
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("string never closed", start);
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c < 0x20) {
                throw error(String.format("control character U+%04X in a string (escape it)", (int) c));
            }
            if (c != '\\') {
                out.append(c);
                pos++;
                continue;
            }
            if (pos + 1 >= text.length()) {
                throw error("string never closed", start);
            }
            char e = text.charAt(pos + 1);
            pos += 2;
            switch (e) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicodeEscape());
                default -> throw error("invalid escape '\\" + e + "'", pos - 2);
            }
        }
    }

    private char unicodeEscape() throws JsonException {
        if (pos + 4 > text.length()) {
            throw error("\\u escape needs four hex digits", pos - 2);
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(pos + i), 16);
            if (digit < 0) {
                throw error("\\u escape needs four hex digits", pos - 2);
            }
            value = value * 16 + digit;
        }
        pos += 4;
        return (char) value;
    }

    private JsonValue.JsonNumber number() throws JsonException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
            if (isDigit(peek())) {
                throw error("leading zero in a number", start);
            }
        } else if (isDigit(peek())) {
            while (isDigit(peek())) {
                pos++;
            }
        } else {
            throw error("'-' not followed by a digit", start);
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error("no digit after the decimal point", start);
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("no digit in the exponent", start);
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        return new JsonValue.JsonNumber(text.substring(start, pos));
    }

    private JsonValue literal(String word, JsonValue value) throws JsonException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected " + describeHere() + ", expected a value");
        }
        pos += word.length();
        return value;
    }

    private void enter() throws JsonException {
        if (++depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private void expect(char c) throws JsonException {
        if (peek() != c) {
            throw error("unexpected " + describeHere() + ", expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private String describeHere() {
        if (pos >= text.length()) {
            return "end of text";
        }
        char c = text.charAt(pos);
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("character U+%04X", (int) c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private JsonException error(String message) {
        return error(message, pos);
    }

    private JsonException error(String message, int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(at, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonException("line " + line + ", column " + (at - lineStart + 1) + ": " + message, at);
    }
}
