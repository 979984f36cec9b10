package org.roguewatch.sim.render;

/**
 * Something a rogue did that the ground truth records: one phone it served, with what was done to
 * it — a GSM SDCCH transaction ({@link GsmVisit}) or an LTE RRC connection ({@link LteVisit}).
 */
public sealed interface TruthEvent permits GsmVisit, LteVisit {
    /** The rogue's id. */
    String emitter();

    /** When the phone's dedicated signalling began (immediate assignment, RRC connection setup). */
    long offsetNanos();
}
