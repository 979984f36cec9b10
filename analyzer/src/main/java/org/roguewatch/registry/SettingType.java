package org.roguewatch.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The types a setting can have, each with its text syntax. Values are Boolean, Integer, Double,
 * String, {@code List<Plmn>}, {@code List<String>} and {@link Severity}; lists are comma-separated,
 * may be empty, and may not repeat an element.
 */
public enum SettingType {
    BOOLEAN {
        @Override
        Object parse(String text) {
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return Boolean.valueOf(text.toLowerCase(Locale.ROOT));
            }
            throw new IllegalArgumentException(Numbers.quote(text) + " is not a boolean (true or false)");
        }
    },
    INT {
        @Override
        Object parse(String text) {
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Numbers.quote(text) + " is not a whole number");
            }
        }
    },
    DOUBLE {
        @Override
        Object parse(String text) {
            if (!Numbers.isDecimal(text)) {
                throw new IllegalArgumentException(Numbers.quote(text) + " is not a number");
            }
            return Double.valueOf(text);
        }
    },
    STRING {
        @Override
        Object parse(String text) {
            return text;
        }
    },
    PLMN_LIST {
        @Override
        Object parse(String text) {
            List<Plmn> plmns = new ArrayList<>();
            for (String element : elements(text)) {
                plmns.add(Plmn.parse(element));
            }
            return List.copyOf(plmns);
        }

        @Override
        String format(Object value) {
            return ((List<?>) value).stream().map(Object::toString).collect(Collectors.joining(", "));
        }
    },
    STRING_LIST {
        @Override
        Object parse(String text) {
            return List.copyOf(elements(text));
        }

        @Override
        String format(Object value) {
            return String.join(", ", castList(value));
        }
    },
    SEVERITY {
        @Override
        Object parse(String text) {
            return Severity.parse(text);
        }

        @Override
        String format(Object value) {
            return ((Severity) value).label();
        }
    };

    /** The value of a setting's text (already stripped of surrounding blanks). */
    abstract Object parse(String text);

    /** A value as it would be written in a settings file. */
    String format(Object value) {
        return String.valueOf(value);
    }

    boolean isNumber() {
        return this == INT || this == DOUBLE;
    }

    boolean isList() {
        return this == PLMN_LIST || this == STRING_LIST;
    }

    /** The Java type a value of this setting type has. */
    boolean accepts(Object value) {
        return switch (this) {
            case BOOLEAN -> value instanceof Boolean;
            case INT -> value instanceof Integer;
            case DOUBLE -> value instanceof Double;
            case STRING -> value instanceof String;
            case PLMN_LIST -> value instanceof List<?> list && list.stream().allMatch(Plmn.class::isInstance);
            case STRING_LIST -> value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
            case SEVERITY -> value instanceof Severity;
        };
    }

    private static List<String> elements(String text) {
        List<String> elements = new ArrayList<>();
        if (text.isEmpty()) {
            return elements;
        }
        Set<String> seen = new HashSet<>();
        for (String raw : text.split(",", -1)) {
            String element = raw.strip();
            if (element.isEmpty()) {
                throw new IllegalArgumentException("empty element in list " + Numbers.quote(text));
            }
            if (!seen.add(element)) {
                throw new IllegalArgumentException(Numbers.quote(element) + " is listed twice");
            }
            elements.add(element);
        }
        return elements;
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }
}
