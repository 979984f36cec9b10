package org.roguewatch.sim.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers of the scenario format's value types; each failure is a {@link BadValue} saying what was wrong. */
final class Values {
    private static final Pattern UNIT_DURATION = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+(?:\\.\\d+)?)s)?");
    private static final Pattern CLOCK_DURATION = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{2}(?:\\.\\d+)?)");

    private Values() {
    }

    static double decimal(String text) throws BadValue {
        try {
            double value = Double.parseDouble(text);
            if (Double.isNaN(value) || Double.isInfinite(value) || text.endsWith("d") || text.endsWith("f")
                    || text.endsWith("D") || text.endsWith("F")) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadValue("'" + text + "' is not a number");
        }
    }

    static long integer(String text) throws BadValue {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadValue("'" + text + "' is not a whole number");
        }
    }

    static double range(double value, double min, double max, String text) throws BadValue {
        if (value < min || value > max) {
            throw new BadValue(text + " is outside " + plain(min) + ".." + plain(max));
        }
        return value;
    }

    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    /**
     * {@code 90s}, {@code 30m}, {@code 1h30m}, {@code 1.5s}, {@code HH:MM:SS}, {@code MM:SS} or plain
     * seconds ({@code 0}, {@code 45}).
     */
    static Duration duration(String text) throws BadValue {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("\\d+(\\.\\d+)?")) {
            return seconds(t, text);
        }
        Matcher clock = CLOCK_DURATION.matcher(t);
        if (clock.matches()) {
            long hours = clock.group(1) == null ? 0 : Long.parseLong(clock.group(1));
            long minutes = Long.parseLong(clock.group(2));
            if (minutes >= 60 && clock.group(1) != null) {
                throw new BadValue("'" + text + "' has " + minutes + " minutes");
            }
            return Duration.ofHours(hours).plusMinutes(minutes).plus(seconds(clock.group(3), text));
        }
        Matcher units = UNIT_DURATION.matcher(t);
        if (!t.isEmpty() && units.matches()) {
            Duration d = Duration.ZERO;
            if (units.group(1) != null) {
                d = d.plusHours(Long.parseLong(units.group(1)));
            }
            if (units.group(2) != null) {
                d = d.plusMinutes(Long.parseLong(units.group(2)));
            }
            if (units.group(3) != null) {
                d = d.plus(seconds(units.group(3), text));
            }
            return d;
        }
        throw new BadValue("'" + text + "' is not a duration (e.g. 90s, 30m, 1h30m, 00:05:00)");
    }

    private static Duration seconds(String digits, String text) throws BadValue {
        try {
            return Duration.ofNanos(new java.math.BigDecimal(digits).movePointRight(9).longValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            throw new BadValue("'" + text + "' is not a duration");
        }
    }

    static Instant instant(String text) throws BadValue {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadValue("'" + text + "' is not a UTC time like 2026-11-24T08:00:00Z");
        }
    }

    /** {@code LAT, LON} in decimal degrees. */
    static GeoPoint position(String text) throws BadValue {
        String[] parts = text.split(",");
        if (parts.length != 2) {
            throw new BadValue("'" + text + "' is not a position 'LAT, LON' in decimal degrees");
        }
        double lat = decimal(parts[0].strip());
        double lon = decimal(parts[1].strip());
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new BadValue("'" + text + "' is outside latitude -90..90, longitude -180..180");
        }
        return new GeoPoint(lat, lon);
    }

    static boolean bool(String text) throws BadValue {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "on" -> true;
            case "no", "false", "off" -> false;
            default -> throw new BadValue("'" + text + "' is not yes or no");
        };
    }

    /** Comma-separated whole numbers; {@code none} or an empty value is the empty list. */
    static List<Integer> integers(String text, int min, int max) throws BadValue {
        List<Integer> out = new ArrayList<>();
        if (text.isBlank() || text.equalsIgnoreCase("none")) {
            return out;
        }
        for (String part : text.split(",")) {
            String p = part.strip();
            long value = integer(p);
            if (value < min || value > max) {
                throw new BadValue(p + " is outside " + min + ".." + max);
            }
            out.add((int) value);
        }
        return out;
    }

    /** Comma-separated words, trimmed, empty ones refused. */
    static List<String> words(String text) throws BadValue {
        List<String> out = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                throw new BadValue("'" + text + "' has an empty item");
            }
            out.add(part.strip());
        }
        return out;
    }

    /** MCC: exactly 3 digits. */
    static String mcc(String text) throws BadValue {
        if (!text.matches("\\d{3}")) {
            throw new BadValue("'" + text + "' is not an MCC of 3 digits");
        }
        return text;
    }

    /** MNC: 2 or 3 digits, leading zeros significant. */
    static String mnc(String text) throws BadValue {
        if (!text.matches("\\d{2,3}")) {
            throw new BadValue("'" + text + "' is not an MNC of 2 or 3 digits");
        }
        return text;
    }

    /** BSIC as 0..63 or NCC-BCC. */
    static int bsic(String text) throws BadValue {
        Matcher pair = Pattern.compile("([0-7])-([0-7])").matcher(text);
        if (pair.matches()) {
            return Integer.parseInt(pair.group(1)) * 8 + Integer.parseInt(pair.group(2));
        }
        long value = integer(text);
        if (value < 0 || value > 63) {
            throw new BadValue(text + " is outside 0..63 (or write NCC-BCC)");
        }
        return (int) value;
    }
}
