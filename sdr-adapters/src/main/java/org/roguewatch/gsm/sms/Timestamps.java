package org.roguewatch.gsm.sms;

import java.io.ByteArrayOutputStream;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Octets;

/**
 * The seven-octet time stamp of TP-SCTS, TP-DT and absolute TP-VP (TS 23.040 9.2.3.11): year,
 * month, day, hour, minute, second and time zone, each two swapped BCD semi-octets (the low
 * semi-octet holds the tens digit).
 */
final class Timestamps {
    static final int LENGTH = 7;
    /** TS 23.040 gives two year digits only; we read them as 2000-2099. */
    private static final int CENTURY = 2000;
    private static final int SIGN_BIT = 0x08;
    private static final int QUARTER_HOUR_SECONDS = 15 * 60;

    private Timestamps() {
    }

    static OffsetDateTime read(Octets in, String field) {
        int start = in.offset();
        byte[] octets = in.bytes(LENGTH, field);
        int[] values = new int[6];
        for (int i = 0; i < 6; i++) {
            values[i] = swappedBcd(octets[i], start + i, in.layer(), field, 0x0F);
        }
        // The zone counts quarter hours; bit 3 of the last octet (the top bit of the tens
        // semi-octet) is its sign, 1 meaning west of Greenwich.
        int zoneOctet = octets[6] & 0xff;
        int quarters = swappedBcd(octets[6], start + 6, in.layer(), field, 0x07);
        int sign = (zoneOctet & SIGN_BIT) != 0 ? -1 : 1;
        try {
            return OffsetDateTime.of(CENTURY + values[0], values[1], values[2], values[3], values[4], values[5], 0,
                    ZoneOffset.ofTotalSeconds(sign * quarters * QUARTER_HOUR_SECONDS));
        } catch (DateTimeException e) {
            throw new DecodeException(in.layer() + ".timestamp", start,
                    in.layer() + ": " + field + " is not a valid time: " + e.getMessage());
        }
    }

    static void write(ByteArrayOutputStream out, OffsetDateTime time) {
        int zoneSeconds = time.getOffset().getTotalSeconds();
        if (zoneSeconds % QUARTER_HOUR_SECONDS != 0) {
            throw new IllegalArgumentException("zone " + time.getOffset() + " is not a whole number of quarter hours");
        }
        int year = time.getYear();
        if (year < CENTURY || year >= CENTURY + 100) {
            throw new IllegalArgumentException("year " + year + " is outside " + CENTURY + "-" + (CENTURY + 99));
        }
        int[] values = {year % 100, time.getMonthValue(), time.getDayOfMonth(), time.getHour(), time.getMinute(),
            time.getSecond()};
        for (int value : values) {
            out.write(swap(value));
        }
        int quarters = Math.abs(zoneSeconds) / QUARTER_HOUR_SECONDS;
        out.write(swap(quarters) | (zoneSeconds < 0 ? SIGN_BIT : 0));
    }

    private static int swap(int value) {
        return (value % 10) << 4 | (value / 10);
    }

    private static int swappedBcd(byte octet, int offset, String layer, String field, int tensMask) {
        int tens = octet & tensMask;
        int units = (octet >>> 4) & 0x0F;
        if (tens > 9 || units > 9) {
            throw new DecodeException(layer + ".timestamp", offset,
                    String.format("%s: %s octet 0x%02x is not BCD", layer, field, octet & 0xff));
        }
        return tens * 10 + units;
    }
}
