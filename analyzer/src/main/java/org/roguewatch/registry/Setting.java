package org.roguewatch.registry;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One setting an analyzer configuration file may hold: its key, type, default, allowed range
 * (numbers) or element format (strings and string lists), and a one-line description.
 *
 * <p>A key is dotted segments of letters, digits, '_' and '-'; a segment "*" stands for any one
 * segment, so "detector.*.enabled" covers "detector.GSM-LOW-T3212.enabled".
 *
 * @param min    smallest allowed number, or null for none (numbers only)
 * @param max    largest allowed number, or null for none (numbers only)
 * @param format     what each string or list element must satisfy, or null for anything
 * @param formatName what {@code format} means, for messages ("a sender (...)")
 */
public record Setting(String key, SettingType type, Object defaultValue, Double min, Double max,
        Predicate<String> format, String formatName, String description) {
    private static final Pattern KEY = Pattern.compile("([A-Za-z0-9_-]+|\\*)(\\.([A-Za-z0-9_-]+|\\*))*");

    public Setting {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("bad setting key '" + key + "'");
        }
        if (type == null || description == null || description.isBlank()) {
            throw new IllegalArgumentException(key + ": a setting needs a type and a description");
        }
        if ((min != null || max != null) && !type.isNumber()) {
            throw new IllegalArgumentException(key + ": only numbers have a range");
        }
        if (format != null && type != SettingType.STRING && type != SettingType.STRING_LIST) {
            throw new IllegalArgumentException(key + ": only strings have a format");
        }
        if (!type.accepts(defaultValue)) {
            throw new IllegalArgumentException(key + ": default " + defaultValue + " is not a " + type);
        }
        try {
            check(type, min, max, format, formatName, defaultValue);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": default " + e.getMessage(), e);
        }
        defaultValue = defaultValue instanceof List<?> list ? List.copyOf(list) : defaultValue;
    }

    /** A setting with any value of its type. */
    public static Setting of(String key, SettingType type, Object defaultValue, String description) {
        return new Setting(key, type, normalise(type, defaultValue), null, null, null, null, description);
    }

    /** A number setting within {@code [min, max]}; either bound may be null for none. */
    public static Setting range(String key, SettingType type, Number defaultValue, Double min, Double max,
            String description) {
        return new Setting(key, type, normalise(type, defaultValue), min, max, null, null, description);
    }

    /**
     * This setting with each string (or list element) required to satisfy {@code format}, e.g.
     * {@code Pattern.compile("[a-z]+").asMatchPredicate()}.
     */
    public Setting withFormat(Predicate<String> format, String formatName) {
        return new Setting(key, type, defaultValue, min, max, format, formatName, description);
    }

    /** Whether a concrete key is this setting's (its key, or an instance of its pattern). */
    public boolean matches(String concreteKey) {
        if (!key.contains("*")) {
            return key.equals(concreteKey);
        }
        String[] want = key.split("\\.", -1);
        String[] have = concreteKey.split("\\.", -1);
        if (want.length != have.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            boolean segmentMatches = want[i].equals("*") ? !have[i].isEmpty() && !have[i].equals("*")
                    : want[i].equals(have[i]);
            if (!segmentMatches) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value of a setting's text (surrounding blanks ignored), or IllegalArgumentException saying
     * what is wrong with it.
     */
    public Object parse(String text) {
        Object value = type.parse(text.strip());
        check(type, min, max, format, formatName, value);
        return value;
    }

    /** The allowed range as written in documentation, e.g. "0..255" or "≥ 0"; empty when unbounded. */
    public String rangeText() {
        return rangeText(min, max);
    }

    private static String rangeText(Double min, Double max) {
        if (min != null && max != null) {
            return number(min) + ".." + number(max);
        }
        return min != null ? "≥ " + number(min) : max != null ? "≤ " + number(max) : "";
    }

    /** The default as it would be written in a settings file ("" for an empty list). */
    public String defaultText() {
        return type.format(defaultValue);
    }

    private static void check(SettingType type, Double min, Double max, Predicate<String> format, String formatName,
            Object value) {
        if (type.isNumber()) {
            double number = ((Number) value).doubleValue();
            if (min != null && number < min || max != null && number > max) {
                throw new IllegalArgumentException(Numbers.quote(type.format(value)) + " is out of range ("
                        + rangeText(min, max) + ")");
            }
        }
        if (format != null) {
            for (Object element : value instanceof List<?> list ? list : List.of(value)) {
                if (!format.test((String) element)) {
                    throw new IllegalArgumentException(Numbers.quote((String) element) + " is not " + formatName);
                }
            }
        }
    }

    private static Object normalise(SettingType type, Object value) {
        if (type == SettingType.DOUBLE && value instanceof Number number) {
            return number.doubleValue();
        }
        return value;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
