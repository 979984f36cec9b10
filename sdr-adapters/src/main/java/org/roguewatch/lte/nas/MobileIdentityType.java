package org.roguewatch.lte.nas;

/** Type of identity in a Mobile identity IE (TS 24.301 9.9.2.3, coded as TS 24.008 10.5.1.4). */
public enum MobileIdentityType {
    NONE,
    IMSI,
    IMEI,
    IMEISV,
    TMSI,
    /** TMGI and the reserved codes; nothing of the value is kept. */
    OTHER
}
