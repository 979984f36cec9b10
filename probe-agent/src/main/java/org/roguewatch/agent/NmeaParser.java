package org.roguewatch.agent;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * NMEA 0183 GGA and RMC sentences from any talker (GP, GN, GL...), checksum verified. Other
 * sentences are ignored; bad ones come back as a reason, never an exception.
 */
public final class NmeaParser {

    /** What one line gave: a fix, nothing of interest, or a reason it is malformed. */
    public record Result(GpsFix fix, String malformed) {
        static final Result IGNORED = new Result(null, null);

        static Result bad(String reason) {
            return new Result(null, reason);
        }
    }

    private NmeaParser() {
    }

    public static Result parse(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.charAt(0) != '$') {
            return text.isEmpty() ? Result.IGNORED : Result.bad("not-nmea");
        }
        int star = text.lastIndexOf('*');
        if (star < 0 || star + 3 != text.length()) {
            return Result.bad("no-checksum");
        }
        int checksum = 0;
        for (int i = 1; i < star; i++) {
            checksum ^= text.charAt(i);
        }
        try {
            if (Integer.parseInt(text.substring(star + 1), 16) != checksum) {
                return Result.bad("bad-checksum");
            }
        } catch (NumberFormatException e) {
            return Result.bad("bad-checksum");
        }
        String[] fields = text.substring(1, star).split(",", -1);
        String type = fields[0].length() == 5 ? fields[0].substring(2) : "";
        try {
            return switch (type) {
                case "GGA" -> gga(fields);
                case "RMC" -> rmc(fields);
                default -> Result.IGNORED;
            };
        } catch (NumberFormatException | java.time.DateTimeException | IndexOutOfBoundsException e) {
            return Result.bad("bad-" + type.toLowerCase(java.util.Locale.ROOT) + "-field");
        }
    }

    /** GGA: time, lat, N/S, lon, E/W, quality (0 = no fix), satellites, HDOP, altitude, M, ... */
    private static Result gga(String[] fields) {
        if (fields.length < 10) {
            return Result.bad("short-gga");
        }
        if (fields[6].isEmpty() || fields[6].equals("0")) {
            return Result.IGNORED;
        }
        double height = fields[9].isEmpty() ? Double.NaN : Double.parseDouble(fields[9]);
        return new Result(new GpsFix(null, angle(fields[2], fields[3], 2), angle(fields[4], fields[5], 3), height),
                null);
    }

    /** RMC: time, status (A valid, V void), lat, N/S, lon, E/W, speed, course, date (ddmmyy), ... */
    private static Result rmc(String[] fields) {
        if (fields.length < 10) {
            return Result.bad("short-rmc");
        }
        if (!fields[2].equals("A")) {
            return Result.IGNORED;
        }
        LocalTime time = time(fields[1]);
        LocalDate date = date(fields[9]);
        return new Result(new GpsFix(date.atTime(time).toInstant(ZoneOffset.UTC), angle(fields[3], fields[4], 2),
                angle(fields[5], fields[6], 3), Double.NaN), null);
    }

    /** ddmmyy; NMEA's two-digit year read from the GPS epoch (1980) on: 80..99 are 19xx, the rest 20xx. */
    private static LocalDate date(String ddmmyy) {
        if (ddmmyy.length() != 6) {
            throw new NumberFormatException("date " + ddmmyy);
        }
        int year = Integer.parseInt(ddmmyy.substring(4, 6));
        return LocalDate.of(year >= 80 ? 1900 + year : 2000 + year, Integer.parseInt(ddmmyy.substring(2, 4)),
                Integer.parseInt(ddmmyy.substring(0, 2)));
    }

    private static LocalTime time(String hhmmss) {
        int hours = Integer.parseInt(hhmmss.substring(0, 2));
        int minutes = Integer.parseInt(hhmmss.substring(2, 4));
        double seconds = Double.parseDouble(hhmmss.substring(4));
        return LocalTime.of(hours, minutes).plusNanos(Math.round(seconds * 1e9));
    }

    /** ddmm.mmmm (latitude) or dddmm.mmmm (longitude) with its hemisphere. */
    private static double angle(String value, String hemisphere, int degreeDigits) {
        double degrees = Integer.parseInt(value.substring(0, degreeDigits))
                + Double.parseDouble(value.substring(degreeDigits)) / 60.0;
        return switch (hemisphere) {
            case "N", "E" -> degrees;
            case "S", "W" -> -degrees;
            default -> throw new NumberFormatException("hemisphere " + hemisphere);
        };
    }
}
