package org.roguewatch.spectrum.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A JSON value: one of the six kinds RFC 8259 defines. */
public sealed interface JsonValue permits JsonValue.JsonObject, JsonValue.JsonArray, JsonValue.JsonString,
        JsonValue.JsonNumber, JsonValue.JsonBoolean, JsonValue.JsonNull {

    /** The JSON type's name, for error messages ("object", "array", "string", "number", "boolean", "null"). */
    String kind();

    /** Members in document order; the map is unmodifiable. */
    record JsonObject(Map<String, JsonValue> members) implements JsonValue {
        public JsonObject {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        public Optional<JsonValue> get(String key) {
            return Optional.ofNullable(members.get(key));
        }

        /** A copy with {@code key} set to {@code value}: replaced in place if present, else appended. */
        public JsonObject with(String key, JsonValue value) {
            Map<String, JsonValue> copy = new LinkedHashMap<>(members);
            copy.put(key, Objects.requireNonNull(value, "value"));
            return new JsonObject(copy);
        }

        @Override
        public String kind() {
            return "object";
        }
    }

    record JsonArray(List<JsonValue> elements) implements JsonValue {
        public JsonArray {
            elements = List.copyOf(elements);
        }

        @Override
        public String kind() {
            return "array";
        }
    }

    record JsonString(String value) implements JsonValue {
        public JsonString {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String kind() {
            return "string";
        }
    }

    /** A number as written, so that writing it back changes nothing ({@code 2.4e6} stays {@code 2.4e6}). */
    record JsonNumber(String literal) implements JsonValue {
        public JsonNumber {
            Objects.requireNonNull(literal, "literal");
        }

        public static JsonNumber of(long value) {
            return new JsonNumber(Long.toString(value));
        }

        /** The shortest text that reads back as {@code value}; integral values are written without a fraction. */
        public static JsonNumber of(double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("JSON has no " + value);
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return of((long) value);
            }
            return new JsonNumber(BigDecimal.valueOf(value).toString());
        }

        public double doubleValue() {
            return Double.parseDouble(literal);
        }

        public BigDecimal decimalValue() {
            return new BigDecimal(literal);
        }

        @Override
        public String kind() {
            return "number";
        }
    }

    record JsonBoolean(boolean value) implements JsonValue {
        @Override
        public String kind() {
            return "boolean";
        }
    }

    record JsonNull() implements JsonValue {
        public static final JsonNull INSTANCE = new JsonNull();

        @Override
        public String kind() {
            return "null";
        }
    }
}
