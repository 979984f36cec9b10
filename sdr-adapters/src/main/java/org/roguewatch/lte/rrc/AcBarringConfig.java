package org.roguewatch.lte.rrc;

/**
 * Access class barring for one kind of access (TS 36.331 6.3.1 AC-BarringConfig).
 *
 * @param factorPercent  ac-BarringFactor: the chance, in percent (0..95), that an access passes
 * @param timeSeconds    ac-BarringTime, seconds (4..512)
 * @param forSpecialAc   ac-BarringForSpecialAC, 5 bits: access classes 11..15, most significant first
 */
public record AcBarringConfig(int factorPercent, int timeSeconds, int forSpecialAc) {
}
