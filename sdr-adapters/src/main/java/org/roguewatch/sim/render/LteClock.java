package org.roguewatch.sim.render;

/**
 * LTE downlink timing (TS 36.211 4.1, frame structure type 1): 10 ms radio frames of ten 1 ms
 * subframes, numbered by the SFN 0..1023. A simulated cell counts absolute subframes {@code s} from
 * an arbitrary origin (its offset): subframe {@code s} is sent {@code s - offset} ms after the
 * scenario's start, in radio frame {@code floor(s / 10)}, subframe {@code s mod 10}.
 */
final class LteClock {
    static final int SUBFRAMES_PER_FRAME = 10;
    /** The SFN wraps after 1024 radio frames (10.24 s). */
    static final int SFN_PERIOD = 1024;
    private static final long SUBFRAME_NANOS = 1_000_000L;

    private final long offset;

    /** @param offset the absolute subframe sent at the scenario's start */
    LteClock(long offset) {
        this.offset = offset;
    }

    /** Time of absolute subframe {@code s} since the scenario's start, ns (negative before it). */
    long nanos(long s) {
        return (s - offset) * SUBFRAME_NANOS;
    }

    /** The first absolute subframe sent at or after {@code nanos}. */
    long subframeAtOrAfter(long nanos) {
        return offset + Math.floorDiv(nanos + SUBFRAME_NANOS - 1, SUBFRAME_NANOS);
    }

    /** The first absolute subframe at or after {@code s} whose number within its radio frame is {@code subframe}. */
    static long nextAt(long s, int subframe) {
        long base = s - Math.floorMod(s, SUBFRAMES_PER_FRAME) + subframe;
        return base >= s ? base : base + SUBFRAMES_PER_FRAME;
    }

    /** The radio frame (absolute) of subframe {@code s}. */
    static long frame(long s) {
        return Math.floorDiv(s, SUBFRAMES_PER_FRAME);
    }

    /** The SFN on air of absolute radio frame {@code frame}. */
    static int sfn(long frame) {
        return (int) Math.floorMod(frame, SFN_PERIOD);
    }

    /**
     * What GSMTAP's frame number carries for an LTE frame here: 10 x SFN + subframe (0..10239), the
     * position of the subframe within the SFN period.
     */
    static long gsmtapFrameNumber(long s) {
        return Math.floorMod(s, (long) SFN_PERIOD * SUBFRAMES_PER_FRAME);
    }
}
