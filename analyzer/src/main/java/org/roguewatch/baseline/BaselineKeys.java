package org.roguewatch.baseline;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.roguewatch.observe.Radio;

/**
 * The key scheme of baseline files: {@code <radio>.<mcc>-<mnc>.<statistic>} or
 * {@code <radio>.<mcc>-<mnc>.<statistic>[<argument>]}, e.g. {@code gsm.262-02.rxlevAccessMin[9]}.
 * Arguments are written as they read, except that {@code %}, {@code [}, {@code ]}, {@code =} and
 * control characters are escaped as {@code %XX} (hex of the character), so any message name fits.
 */
final class BaselineKeys {
    static final String VERSION_KEY = "roguewatch.baseline.version";
    static final String END_KEY = "roguewatch.baseline.end";
    static final String CELLS = "cells";
    static final String MESSAGE = "message";
    static final String GPRS = "gprs";
    static final String NEIGHBOURS = "neighbours";

    private static final Pattern KEY = Pattern.compile(
            "([a-z]+)\\.([0-9]{3})-([0-9]{2,3})\\.([A-Za-z][A-Za-z0-9]*)(?:\\[([^\\[\\]]*)])?");

    /** A parsed key; {@code argument} is unescaped, null when the key has no brackets. */
    record Parsed(OperatorKey operator, String statistic, String argument) {
    }

    private BaselineKeys() {
    }

    static String prefix(OperatorKey operator) {
        return operator.radio().name().toLowerCase(Locale.ROOT) + "." + operator.mcc() + "-" + operator.mnc() + ".";
    }

    static String key(OperatorKey operator, String statistic) {
        return prefix(operator) + statistic;
    }

    static String key(OperatorKey operator, String statistic, String argument) {
        return prefix(operator) + statistic + "[" + escape(argument) + "]";
    }

    /**
     * @return the parsed key, or null if it does not have the key scheme's shape
     * @throws IllegalArgumentException with a reason when the shape fits but a part is bad
     */
    static Parsed parse(String key) {
        Matcher m = KEY.matcher(key);
        if (!m.matches()) {
            return null;
        }
        Radio radio = radio(m.group(1));
        if (radio == null) {
            return null;
        }
        String argument = m.group(5) == null ? null : unescape(m.group(5));
        return new Parsed(new OperatorKey(radio, m.group(2), m.group(3)), m.group(4), argument);
    }

    private static Radio radio(String lower) {
        for (Radio radio : Radio.values()) {
            if (radio.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return radio;
            }
        }
        return null;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '[' || c == ']' || c == '=' || c < 0x20 || c == 0x7f) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i + 2 >= text.length()) {
                throw new IllegalArgumentException("'%' must be followed by two hex digits in '" + text + "'");
            }
            int high = Character.digit(text.charAt(i + 1), 16);
            int low = Character.digit(text.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                throw new IllegalArgumentException("'%' must be followed by two hex digits in '" + text + "'");
            }
            out.append((char) (high << 4 | low));
            i += 2;
        }
        return out.toString();
    }
}
