package org.roguewatch.spectrum.json;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.roguewatch.json.JsonStrings;

/** Writes a {@link JsonValue} as indented JSON (four spaces, one member per line), numbers as written. */
public final class JsonWriter {
    private static final String INDENT = "    ";

    private JsonWriter() {
    }

    public static String write(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(JsonValue value, StringBuilder out, int level) {
        if (value instanceof JsonValue.JsonObject o) {
            object(o.members(), out, level);
        } else if (value instanceof JsonValue.JsonArray a) {
            array(a.elements(), out, level);
        } else if (value instanceof JsonValue.JsonString s) {
            string(s.value(), out);
        } else if (value instanceof JsonValue.JsonNumber n) {
            out.append(n.literal());
        } else if (value instanceof JsonValue.JsonBoolean b) {
            out.append(b.value());
        } else {
            out.append("null");
        }
    }

    private static void object(Map<String, JsonValue> members, StringBuilder out, int level) {
        if (members.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        Iterator<Map.Entry<String, JsonValue>> it = members.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonValue> member = it.next();
            indent(out, level + 1);
            string(member.getKey(), out);
            out.append(": ");
            write(member.getValue(), out, level + 1);
            out.append(it.hasNext() ? ",\n" : "\n");
        }
        indent(out, level);
        out.append('}');
    }

    private static void array(List<JsonValue> elements, StringBuilder out, int level) {
        if (elements.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (int i = 0; i < elements.size(); i++) {
            indent(out, level + 1);
            write(elements.get(i), out, level + 1);
            out.append(i + 1 < elements.size() ? ",\n" : "\n");
        }
        indent(out, level);
        out.append(']');
    }

    static void string(String s, StringBuilder out) {
        JsonStrings.appendQuoted(out, s);
    }

    private static void indent(StringBuilder out, int level) {
        for (int i = 0; i < level; i++) {
            out.append(INDENT);
        }
    }
}
