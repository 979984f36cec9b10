package org.roguewatch.sim.render;

/**
 * GSM TDMA timing (TS 45.002 4.3): a frame lasts 120/26 ms (60/13 ms exactly), 51 frames make the
 * control multiframe, 2,715,648 the hyperframe after which the frame number wraps. A simulated cell
 * counts absolute frames {@code a} from an arbitrary origin (its FN offset); frame {@code a} is sent
 * {@code (a - offset) x 60/13 ms} after the scenario's start.
 */
final class GsmClock {
    static final long HYPERFRAME = 2_715_648L;
    static final int MULTIFRAME = 51;
    /** One BCCH cycle: TC runs 0..7 over eight 51-multiframes (TS 45.002 6.3.1.3). */
    static final int BCCH_CYCLE = 8 * MULTIFRAME;

    private final long fnOffset;

    GsmClock(long fnOffset) {
        this.fnOffset = fnOffset;
    }

    /** Time of absolute frame {@code a} since the scenario's start, ns (negative before it). */
    long nanos(long a) {
        return Math.floorDiv((a - fnOffset) * 60_000_000L, 13);
    }

    /** The first absolute frame sent at or after {@code nanos}. */
    long frameAtOrAfter(long nanos) {
        return fnOffset + Math.floorDiv(nanos * 13 + 59_999_999L, 60_000_000L);
    }

    /** The frame number on air (what GSMTAP carries). */
    static long fn(long a) {
        return Math.floorMod(a, HYPERFRAME);
    }

    /** The first absolute frame at or after {@code a} whose position in the 51-multiframe is {@code position}. */
    static long nextAt(long a, int position) {
        long base = a - Math.floorMod(a, MULTIFRAME) + position;
        return base >= a ? base : base + MULTIFRAME;
    }

    /**
     * Request Reference T1'/T3/T2 of frame {@code a} as one 16-bit value (TS 44.018 10.5.2.38):
     * T1' = (FN div 1326) mod 32, T3 = FN mod 51, T2 = FN mod 26.
     */
    static int requestFrame(long a) {
        long fn = fn(a);
        int t1 = (int) ((fn / 1326) % 32);
        int t3 = (int) (fn % 51);
        int t2 = (int) (fn % 26);
        return t1 << 11 | t3 << 5 | t2;
    }
}
