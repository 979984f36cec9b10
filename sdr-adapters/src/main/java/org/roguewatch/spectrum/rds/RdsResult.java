package org.roguewatch.spectrum.rds;

/**
 * What an RDS decode found.
 *
 * @param pi          the programme identification most A blocks carried, or null when none was found
 * @param blocksA     A blocks (offset word A) that checked and carried {@code pi}
 * @param groups      A blocks followed by a valid B block: whole groups in sync
 * @param bits        bits demodulated
 */
public record RdsResult(Integer pi, int blocksA, int groups, int bits) {
    /** "D392", or null. */
    public String piHex() {
        return pi == null ? null : String.format("%04X", pi);
    }
}
