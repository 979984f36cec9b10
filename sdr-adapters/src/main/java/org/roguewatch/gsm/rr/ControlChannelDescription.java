package org.roguewatch.gsm.rr;

import org.roguewatch.decode.Octets;

/**
 * Control Channel Description (TS 44.018 10.5.2.11), carried by SI3.
 *
 * @param mscr         MSC release (1 = R99 onwards)
 * @param att          IMSI attach/detach applies
 * @param bsAgBlksRes  blocks reserved for access grant
 * @param ccchConf     CCCH configuration code
 * @param cbq3         Iu mode cell barred qualifier
 * @param bsPaMfrms    multiframes between paging sub-channel transmissions, minus 2
 * @param t3212        periodic location update timer in deci-hours (0 = no periodic updating)
 */
public record ControlChannelDescription(int mscr, boolean att, int bsAgBlksRes, int ccchConf, int cbq3,
                                        int bsPaMfrms, int t3212) {

    static ControlChannelDescription read(Octets in) {
        int octet1 = in.u8("control channel description");
        int octet2 = in.u8("control channel description");
        int t3212 = in.u8("T3212");
        return new ControlChannelDescription(octet1 >>> 7, (octet1 & 0x40) != 0, (octet1 >>> 3) & 0x07,
                octet1 & 0x07, (octet2 >>> 5) & 0x03, octet2 & 0x07, t3212);
    }

    /** Multiframes between transmissions of the same paging sub-channel: code 0 = 2 ... code 7 = 9. */
    public int pagingMultiframes() {
        return bsPaMfrms + 2;
    }
}
