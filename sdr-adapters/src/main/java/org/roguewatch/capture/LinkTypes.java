package org.roguewatch.capture;

/** The LINKTYPE_* values (tcpdump.org link-layer header types) the capture bridge knows by name. */
public final class LinkTypes {
    /** BSD loopback: a 4-byte address family in the capturing host's byte order. */
    public static final int NULL = 0;
    public static final int ETHERNET = 1;
    /** DLT_RAW as most platforms define it; libpcap reports LINKTYPE_RAW files with this value. */
    public static final int DLT_RAW = 12;
    /** DLT_RAW as OpenBSD defines it. */
    public static final int DLT_RAW_OPENBSD = 14;
    /** Raw IP, version told by the first nibble. */
    public static final int RAW = 101;
    /** OpenBSD loopback: like {@link #NULL}, the family in network byte order. */
    public static final int LOOP = 108;
    public static final int LINUX_SLL = 113;
    /** The first of the user-defined types; srsRAN writes MAC-LTE framing with it. */
    public static final int USER0 = 147;
    public static final int IPV4 = 228;
    public static final int IPV6 = 229;
    public static final int LINUX_SLL2 = 276;

    private LinkTypes() {
    }

    /**
     * The LINKTYPE_* for a DLT_* value as libpcap reports it: the two differ only for a few
     * historical types whose DLT_* value varies by platform.
     */
    public static int fromDlt(int dlt) {
        return switch (dlt) {
            case DLT_RAW, DLT_RAW_OPENBSD -> RAW;
            case 11 -> 100; // DLT_ATM_RFC1483 -> LINKTYPE_ATM_RFC1483
            case 15 -> 102; // DLT_SLIP_BSDOS
            case 16 -> 103; // DLT_PPP_BSDOS
            default -> dlt;
        };
    }
}
