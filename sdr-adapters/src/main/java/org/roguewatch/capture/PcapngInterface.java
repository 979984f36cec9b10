package org.roguewatch.capture;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * What a pcapng Interface Description Block says about the packets that name it.
 *
 * @param linkType      LINKTYPE_* of its packets
 * @param snaplen       snapshot length, 0 for none
 * @param resolution    the {@code if_tsresol} byte: high bit clear, units of 10^-n s; set, 2^-n s
 * @param offsetSeconds {@code if_tsoffset}, added to every time stamp
 */
record PcapngInterface(int linkType, long snaplen, int resolution, long offsetSeconds) {
    /** Microseconds, when {@code if_tsresol} is absent. */
    static final int DEFAULT_RESOLUTION = 6;

    private static final long[] POWERS_OF_TEN = new long[19];
    private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /**
     * The instant of an (unsigned 64-bit) time stamp, sub-nanosecond parts truncated; null when it
     * lies beyond {@link Instant}'s range.
     */
    Instant instant(long timestamp) {
        boolean binary = (resolution & 0x80) != 0;
        int exponent = resolution & 0x7f;
        long seconds;
        long nanos;
        if (!binary && exponent < POWERS_OF_TEN.length) {
            long unitsPerSecond = POWERS_OF_TEN[exponent];
            seconds = Long.divideUnsigned(timestamp, unitsPerSecond);
            long fraction = Long.remainderUnsigned(timestamp, unitsPerSecond);
            nanos = exponent <= 9 ? fraction * POWERS_OF_TEN[9 - exponent] : fraction / POWERS_OF_TEN[exponent - 9];
        } else {
            BigInteger unitsPerSecond = binary ? BigInteger.ONE.shiftLeft(exponent) : BigInteger.TEN.pow(exponent);
            BigInteger[] split = new BigInteger(Long.toUnsignedString(timestamp)).divideAndRemainder(unitsPerSecond);
            seconds = split[0].longValueExact();
            nanos = split[1].multiply(NANOS_PER_SECOND).divide(unitsPerSecond).longValueExact();
        }
        if (seconds < 0) {
            return null; // beyond 2^63 seconds: the unsigned quotient does not fit a long
        }
        try {
            return Instant.ofEpochSecond(Math.addExact(seconds, offsetSeconds), nanos);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }
}
