package org.roguewatch.locate.export;

import java.util.ArrayDeque;
import java.util.Deque;
import org.roguewatch.json.JsonStrings;

/**
 * A minimal streaming JSON (RFC 8259) text builder: it places commas and colons, escapes strings, and writes
 * only finite numbers (a non-finite one becomes {@code null}, which JSON can express and NaN it cannot).
 */
final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    /** Per open container: whether it already holds an element (so the next needs a comma). */
    private final Deque<Boolean> nonEmpty = new ArrayDeque<>();
    private boolean afterName;

    JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        nonEmpty.push(false);
        return this;
    }

    JsonWriter endObject() {
        return end('}');
    }

    JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        nonEmpty.push(false);
        return this;
    }

    JsonWriter endArray() {
        return end(']');
    }

    private JsonWriter end(char close) {
        if (nonEmpty.isEmpty() || afterName) {
            throw new IllegalStateException("nothing open to close with " + close);
        }
        nonEmpty.pop();
        out.append(close);
        return this;
    }

    JsonWriter name(String name) {
        beforeValue();
        quote(name, out);
        out.append(':');
        afterName = true;
        return this;
    }

    JsonWriter string(String value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        quote(value, out);
        return this;
    }

    JsonWriter number(double value) {
        if (!Double.isFinite(value)) {
            return nullValue();
        }
        beforeValue();
        // Double.toString gives "12.5", "-0.0", "1.0E-5": every form is a JSON number.
        out.append(value);
        return this;
    }

    JsonWriter number(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    /** A degree value at the export precision ({@link Geo#format}). */
    JsonWriter degrees(double value) {
        if (!Double.isFinite(value)) {
            return nullValue();
        }
        beforeValue();
        out.append(Geo.format(value));
        return this;
    }

    JsonWriter bool(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (!nonEmpty.isEmpty()) {
            if (nonEmpty.pop()) {
                out.append(',');
            }
            nonEmpty.push(true);
        } else if (out.length() > 0) {
            throw new IllegalStateException("a JSON text holds one value");
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static void quote(String s, StringBuilder out) {
        JsonStrings.appendQuoted(out, s);
    }
}
