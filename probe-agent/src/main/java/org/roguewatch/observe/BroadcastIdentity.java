package org.roguewatch.observe;

/**
 * The identity a broadcast message names, as far as it names it: GSM SI3 and SI6 give LAI and CI,
 * SI4 only the LAI; LTE SIB1 gives PLMN, TAC and ECI. A null part is unknown and matches anything.
 */
record BroadcastIdentity(String mcc, String mnc, Integer area, Integer cell) {
    /** Whether the two can be the same cell (no part known on both sides differs). */
    boolean compatible(BroadcastIdentity other) {
        return same(mcc, other.mcc) && same(mnc, other.mnc) && same(area, other.area) && same(cell, other.cell);
    }

    /** The parts known on either side. */
    BroadcastIdentity merge(BroadcastIdentity other) {
        return new BroadcastIdentity(mcc != null ? mcc : other.mcc, mnc != null ? mnc : other.mnc,
                area != null ? area : other.area, cell != null ? cell : other.cell);
    }

    private static boolean same(Object a, Object b) {
        return a == null || b == null || a.equals(b);
    }
}
