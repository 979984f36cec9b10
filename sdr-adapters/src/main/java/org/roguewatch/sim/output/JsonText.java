package org.roguewatch.sim.output;

import java.util.List;
import java.util.Locale;
import org.roguewatch.json.JsonStrings;

/** Just enough JSON writing for the ground truth: strings escaped per RFC 8259, numbers in a fixed locale. */
final class JsonText {
    private final StringBuilder out = new StringBuilder("{");
    private boolean first = true;

    static JsonText object(String type) {
        return new JsonText().field("type", type);
    }

    JsonText field(String name, String value) {
        key(name);
        if (value == null) {
            out.append("null");
        } else {
            quote(value);
        }
        return this;
    }

    JsonText field(String name, long value) {
        key(name);
        out.append(value);
        return this;
    }

    JsonText field(String name, Integer value) {
        key(name);
        out.append(value == null ? "null" : value.toString());
        return this;
    }

    JsonText field(String name, double value, int decimals) {
        key(name);
        out.append(String.format(Locale.ROOT, "%." + decimals + "f", value));
        return this;
    }

    JsonText field(String name, boolean value) {
        key(name);
        out.append(value);
        return this;
    }

    JsonText strings(String name, List<String> values) {
        key(name);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            quote(values.get(i));
        }
        out.append(']');
        return this;
    }

    /** A nested value written verbatim (already JSON). */
    JsonText raw(String name, String json) {
        key(name);
        out.append(json);
        return this;
    }

    String line() {
        return out + "}";
    }

    private void key(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        quote(name);
        out.append(':');
    }

    private void quote(String value) {
        JsonStrings.appendQuoted(out, value);
    }
}
