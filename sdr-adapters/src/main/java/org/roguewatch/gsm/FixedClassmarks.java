package org.roguewatch.gsm;

/**
 * The Mobile Station Classmark our encoders write into uplink messages whose records do not keep
 * it (Location Updating Request, CM Service Request, Paging Response). One fixed, plausible phone:
 *
 * <ul>
 * <li>Classmark 1 (TS 24.008 10.5.1.5) 0x53: revision level R99 onwards (10), controlled early
 * classmark sending implemented, A5/1 available (bit 4 = 0), RF power class 4 (code 011).</li>
 * <li>Classmark 2 (TS 24.008 10.5.1.6) 53 58 86: octet 1 as Classmark 1; then PS capability,
 * SS screening indicator 01, SM capability, no VBS/VGCS, no frequency capability; then
 * Classmark 3 supported, CMSP, A5/3 available, A5/2 not available.</li>
 * </ul>
 */
public final class FixedClassmarks {
    private static final byte[] CLASSMARK_2 = {0x53, 0x58, (byte) 0x86};

    private FixedClassmarks() {
    }

    /** The one-octet value of Mobile Station Classmark 1. */
    public static int classmark1() {
        return CLASSMARK_2[0] & 0xff;
    }

    /** The three-octet value of Mobile Station Classmark 2 (a copy). */
    public static byte[] classmark2() {
        return CLASSMARK_2.clone();
    }
}
