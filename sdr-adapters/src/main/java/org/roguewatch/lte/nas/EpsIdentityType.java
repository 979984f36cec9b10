package org.roguewatch.lte.nas;

/** Type of identity in an EPS mobile identity (TS 24.301 9.9.3.12): what a UE attached with. */
public enum EpsIdentityType {
    IMSI(1),
    GUTI(6),
    IMEI(3),
    /** A reserved code; the identity carries nothing we read. */
    OTHER(0);

    private final int code;

    EpsIdentityType(int code) {
        this.code = code;
    }

    /** The 3-bit code written in the IE. */
    public int code() {
        return code;
    }

    static EpsIdentityType of(int code) {
        return switch (code) {
            case 1 -> IMSI;
            case 6 -> GUTI;
            case 3 -> IMEI;
            default -> OTHER;
        };
    }
}
