package org.roguewatch.lte.nas;

/**
 * GPRS timer (TS 24.301 9.9.3.16, coded as TS 24.008 10.5.7.3), e.g. T3412: a 5-bit value in
 * bits 5-1 and its unit in bits 8-6.
 */
public final class GprsTimer {
    /** Unit 111: the timer is deactivated. */
    public static final int DEACTIVATED = -1;

    private static final int UNIT_2_SECONDS = 0;
    private static final int UNIT_MINUTE = 1;
    private static final int UNIT_DECIHOUR = 2;
    private static final int UNIT_DEACTIVATED = 7;
    private static final int MAX_VALUE = 31;

    private GprsTimer() {
    }

    /** Seconds the octet stands for, or {@link #DEACTIVATED}. Units 3-6 read as minutes (10.5.7.3). */
    public static int seconds(int octet) {
        int value = octet & 0x1f;
        return switch (octet >>> 5 & 0x07) {
            case UNIT_2_SECONDS -> 2 * value;
            case UNIT_DECIHOUR -> 360 * value;
            case UNIT_DEACTIVATED -> DEACTIVATED;
            default -> 60 * value;
        };
    }

    /**
     * The octet for {@code seconds} in the finest unit that holds it (2 s, then 1 min, then 6 min).
     *
     * @throws IllegalArgumentException when no unit holds the value exactly
     */
    public static int octet(int seconds) {
        if (seconds == DEACTIVATED) {
            return UNIT_DEACTIVATED << 5;
        }
        if (seconds >= 0 && seconds % 2 == 0 && seconds / 2 <= MAX_VALUE) {
            return UNIT_2_SECONDS << 5 | seconds / 2;
        }
        if (seconds >= 0 && seconds % 60 == 0 && seconds / 60 <= MAX_VALUE) {
            return UNIT_MINUTE << 5 | seconds / 60;
        }
        if (seconds >= 0 && seconds % 360 == 0 && seconds / 360 <= MAX_VALUE) {
            return UNIT_DECIHOUR << 5 | seconds / 360;
        }
        throw new IllegalArgumentException("a GPRS timer cannot hold " + seconds + " s");
    }

    static String describe(int seconds) {
        if (seconds == DEACTIVATED) {
            return "deactivated";
        }
        return seconds % 60 == 0 && seconds > 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
