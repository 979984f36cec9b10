package org.roguewatch.lte.nas;

/**
 * Identity type 2 (TS 24.301 9.9.3.20, coded as TS 24.008 10.5.5.9): the identity an Identity
 * Request asks for. The spec makes a UE read every code other than 1-4 as IMSI, so {@link #OTHER}
 * is a request for the IMSI as far as the UE is concerned ({@link #asksForImsi()}).
 */
public enum IdentityType2 {
    IMSI(1),
    IMEI(2),
    IMEISV(3),
    TMSI(4),
    /** Codes 0, 5, 6 and 7; written back as 0. */
    OTHER(0);

    private final int code;

    IdentityType2(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** True for IMSI and for the codes a UE must read as IMSI (24.008 10.5.5.9: "all other values"). */
    public boolean asksForImsi() {
        return this == IMSI || this == OTHER;
    }

    static IdentityType2 of(int code) {
        return switch (code) {
            case 1 -> IMSI;
            case 2 -> IMEI;
            case 3 -> IMEISV;
            case 4 -> TMSI;
            default -> OTHER;
        };
    }
}
