package org.roguewatch.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NmeaParserTest {
    @Test
    void ggaGivesPositionAndHeight() {
        // The classic example sentence of the NMEA 0183 literature, checksum 47.
        NmeaParser.Result result = NmeaParser.parse(
                "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47");
        assertEquals(48.1173, result.fix().lat(), 1e-4);
        assertEquals(11.516667, result.fix().lon(), 1e-6);
        assertEquals(545.4, result.fix().heightM(), 1e-9);
        assertNull(result.fix().time());
    }

    @Test
    void rmcGivesPositionAndUtcTime() {
        NmeaParser.Result result = NmeaParser.parse(
                "$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6A");
        assertEquals(Instant.parse("1994-03-23T12:35:19Z"), result.fix().time());
        assertEquals(48.1173, result.fix().lat(), 1e-4);
    }

    @Test
    void southAndWestAreNegative() {
        String body = "GNRMC,000000,A,3351.000,S,15112.000,W,0,0,010126,,";
        NmeaParser.Result result = NmeaParser.parse("$" + body + "*" + checksum(body));
        assertEquals(-33.85, result.fix().lat(), 1e-9);
        assertEquals(-151.2, result.fix().lon(), 1e-9);
    }

    @Test
    void aBadChecksumIsMalformedNotAFix() {
        NmeaParser.Result result = NmeaParser.parse(
                "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*48");
        assertNull(result.fix());
        assertEquals("bad-checksum", result.malformed());
    }

    @Test
    void noFixAndOtherSentencesAreIgnored() {
        String noFix = "GPGGA,123519,,,,,0,00,,,M,,M,,";
        assertEquals(new NmeaParser.Result(null, null), NmeaParser.parse("$" + noFix + "*" + checksum(noFix)));
        String gsv = "GPGSV,1,1,00";
        assertEquals(new NmeaParser.Result(null, null), NmeaParser.parse("$" + gsv + "*" + checksum(gsv)));
    }

    @Test
    void aGarbledFieldIsMalformed() {
        String body = "GPGGA,123519,48x7.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,";
        assertEquals("bad-gga-field", NmeaParser.parse("$" + body + "*" + checksum(body)).malformed());
    }

    private static String checksum(String body) {
        int sum = 0;
        for (char c : body.toCharArray()) {
            sum ^= c;
        }
        return String.format("%02X", sum);
    }
}
