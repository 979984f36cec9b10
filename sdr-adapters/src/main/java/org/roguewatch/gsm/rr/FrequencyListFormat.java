package org.roguewatch.gsm.rr;

/**
 * The six ways TS 44.018 clause 10.5.2.13 (and 10.5.2.1b, 10.5.2.22, 10.5.2.22a, which reuse it
 * in a 16-octet window) can code a set of ARFCNs.
 */
public enum FrequencyListFormat {
    /** One bit per ARFCN 1..124 (clause 10.5.2.13.2); ARFCN 0 cannot be expressed. */
    BIT_MAP_0(0),
    /** F0 bit for ARFCN 0 plus W(i) fields over ARFCN 1..1023 (clause 10.5.2.13.3). */
    RANGE_1024(10),
    /** ORIG-ARFCN plus W(i) fields over the 511 ARFCNs above it (clause 10.5.2.13.4). */
    RANGE_512(9),
    /** ORIG-ARFCN plus W(i) fields over the 255 ARFCNs above it (clause 10.5.2.13.5). */
    RANGE_256(8),
    /** ORIG-ARFCN plus W(i) fields over the 127 ARFCNs above it (clause 10.5.2.13.6). */
    RANGE_128(7),
    /** ORIG-ARFCN plus one RRFCN bit for each following ARFCN (clause 10.5.2.13.7). */
    VARIABLE_BIT_MAP(0);

    private final int firstWBits;

    FrequencyListFormat(int firstWBits) {
        this.firstWBits = firstWBits;
    }

    /** Whether the list is coded as W(i) values per Annex J. */
    public boolean isRange() {
        return firstWBits > 0;
    }

    /** Whether ORIG-ARFCN is sent explicitly (and is always part of the list). */
    public boolean hasOrigin() {
        return this == RANGE_512 || this == RANGE_256 || this == RANGE_128 || this == VARIABLE_BIT_MAP;
    }

    /**
     * The "range" constant of the Annex J formulas (1024, 512, 256 or 128); the W(i) of the
     * format address offsets 1..range-1.
     */
    int annexJRange() {
        requireRange();
        return 1 << firstWBits;
    }

    /**
     * Width of field W(index), index from 1. The tables of clauses 10.5.2.13.3..6 halve the
     * sub-range at each level of the Annex J tree, so the width drops by one bit each time the
     * index passes a power of two (range 1024: W(1) 10 bits, W(2..3) 9, W(4..7) 8, ...).
     *
     * @return the width in bits, or 0 where the format has no such field
     */
    int wBits(int index) {
        requireRange();
        int width = firstWBits - (31 - Integer.numberOfLeadingZeros(index));
        return Math.max(width, 0);
    }

    private void requireRange() {
        if (!isRange()) {
            throw new IllegalStateException(this + " is not a range format");
        }
    }
}
