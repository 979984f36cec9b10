package org.roguewatch.spectrum.sweep;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import org.roguewatch.decode.DecodeException;

/**
 * Turns the tools' {@code YYYY-MM-DD, HH:MM:SS[.ffffff]} into an {@link Instant}. Both tools format
 * {@code localtime()}, so the zone the tool ran in must be known: the process bridge runs them with
 * {@code TZ=UTC}; files are read as UTC unless told otherwise. The seconds part repeats across many
 * lines, so the last conversion is cached.
 */
final class SweepClock {
    static final String REASON = "sweep.time";

    private final ZoneId zone;
    private String cachedDate = "";
    private int cachedSecondOfDay = -1;
    private long cachedEpochSecond;

    SweepClock(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Reads the date field then the time field from {@code fields}, which must sit on the date. */
    Instant read(CsvFields fields) {
        String date = fields.text();
        int dateColumn = fields.column();
        if (date.length() != 10 || date.charAt(4) != '-' || date.charAt(7) != '-') {
            throw fields.fail(REASON, "date '" + fields.clipped() + "' is not YYYY-MM-DD");
        }
        int year = digits(date, 0, 4, fields, "date");
        int month = digits(date, 5, 7, fields, "date");
        int day = digits(date, 8, 10, fields, "date");
        if (!fields.advance()) {
            throw new DecodeException("sweep.truncated", dateColumn, "line ends after the date");
        }
        String time = fields.text();
        if (time.length() < 8 || time.charAt(2) != ':' || time.charAt(5) != ':') {
            throw fields.fail(REASON, "time '" + fields.clipped() + "' is not HH:MM:SS[.ffffff]");
        }
        int hour = digits(time, 0, 2, fields, "time");
        int minute = digits(time, 3, 5, fields, "time");
        int second = digits(time, 6, 8, fields, "time");
        int nanos = 0;
        if (time.length() > 8) {
            int fractionDigits = time.length() - 9;
            if (time.charAt(8) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                throw fields.fail(REASON, "time '" + fields.clipped() + "' is not HH:MM:SS[.ffffff]");
            }
            nanos = digits(time, 9, time.length(), fields, "time");
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        int secondOfDay = hour * 3600 + minute * 60 + second;
        if (secondOfDay != cachedSecondOfDay || !date.equals(cachedDate)) {
            try {
                cachedEpochSecond = LocalDateTime.of(year, month, day, hour, minute, second).atZone(zone)
                        .toEpochSecond();
            } catch (DateTimeException e) {
                throw new DecodeException(REASON, dateColumn, "no such date and time: " + date + " " + time
                        + " (column " + (dateColumn + 1) + ")");
            }
            cachedDate = date;
            cachedSecondOfDay = secondOfDay;
        }
        return Instant.ofEpochSecond(cachedEpochSecond, nanos);
    }

    /** Whether the time field of a line (as text) carries a fraction of a second, as hackrf_sweep's does. */
    static boolean hasFraction(String time) {
        return time.length() > 8 && time.charAt(8) == '.';
    }

    private static int digits(String text, int from, int to, CsvFields fields, String what) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw fields.fail(REASON, what + " '" + fields.clipped() + "' has a non-digit");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
