package org.roguewatch.gsm.sms;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/** TP-VP of an SMS-SUBMIT in one of its three formats (TS 23.040 9.2.3.12). */
public sealed interface ValidityPeriod {
    /** TP-VPF value 10 (9.2.3.3). */
    int FORMAT_RELATIVE = 0b10;
    /** TP-VPF value 01. */
    int FORMAT_ENHANCED = 0b01;
    /** TP-VPF value 11. */
    int FORMAT_ABSOLUTE = 0b11;

    /** The TP-VPF bits that announce this format. */
    int format();

    /** Relative format, one octet (9.2.3.12.1). */
    record Relative(int value, Duration duration) implements ValidityPeriod {
        public static Relative of(int value) {
            return new Relative(value, duration(value));
        }

        @Override
        public int format() {
            return FORMAT_RELATIVE;
        }

        /** The 9.2.3.12.1 table: 5-minute steps, then half hours, then days, then weeks. */
        static Duration duration(int value) {
            if (value <= 143) {
                return Duration.ofMinutes((value + 1) * 5L);
            }
            if (value <= 167) {
                return Duration.ofHours(12).plusMinutes((value - 143) * 30L);
            }
            if (value <= 196) {
                return Duration.ofDays(value - 166L);
            }
            return Duration.ofDays((value - 192L) * 7);
        }
    }

    /** Absolute format: a time stamp coded like TP-SCTS (9.2.3.12.2). */
    record Absolute(OffsetDateTime expiry) implements ValidityPeriod {
        public Absolute {
            Objects.requireNonNull(expiry, "expiry");
        }

        @Override
        public int format() {
            return FORMAT_ABSOLUTE;
        }
    }

    /**
     * Enhanced format, seven octets (9.2.3.12.3).
     *
     * @param singleShot bit 6 of the functionality indicator
     * @param subFormat  bits 2-0: 0 none, 1 relative, 2 seconds, 3 HH:MM:SS, 4-7 reserved
     * @param duration   the period, when the sub-format gives one this decoder reads
     * @param octets     all seven octets as sent
     */
    record Enhanced(boolean singleShot, int subFormat, Optional<Duration> duration, OctetString octets)
            implements ValidityPeriod {
        public Enhanced {
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(octets, "octets");
        }

        @Override
        public int format() {
            return FORMAT_ENHANCED;
        }
    }
}
