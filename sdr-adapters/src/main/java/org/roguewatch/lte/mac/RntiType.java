package org.roguewatch.lte.mac;

/**
 * What the RNTI of a MAC-LTE frame addresses, as the framing's rntiType octet codes it (Wireshark
 * packet-mac-lte.h); the names are tshark's.
 */
public enum RntiType {
    NO_RNTI("NO-RNTI"),
    P_RNTI("P-RNTI"),
    RA_RNTI("RA-RNTI"),
    C_RNTI("C-RNTI"),
    SI_RNTI("SI-RNTI"),
    SPS_RNTI("SPS-RNTI"),
    M_RNTI("M-RNTI"),
    SL_BCH_RNTI("SL-BCH-RNTI"),
    SL_RNTI("SL-RNTI"),
    SC_RNTI("SC-RNTI"),
    G_RNTI("G-RNTI");

    private static final RntiType[] BY_CODE = values();

    private final String label;

    RntiType(String label) {
        this.label = label;
    }

    /** The framing's code (the enum order is the code order). */
    public int code() {
        return ordinal();
    }

    /** The name as tshark prints it, e.g. {@code SI-RNTI}. */
    public String label() {
        return label;
    }

    /** @return the type, or null for a code the framing does not define */
    public static RntiType ofCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
