package org.roguewatch.gsm.rr;

import org.roguewatch.decode.Octets;

/**
 * Cell Options (BCCH) and Cell Options (SACCH) (TS 44.018 10.5.2.3 / 10.5.2.3a).
 *
 * @param pwrc              power control indicator
 * @param dtx               DTX code (the SACCH variant folds bit 8 in as bit 2 of the code)
 * @param radioLinkTimeout  code n: timeout is 4·(n+1) SACCH blocks
 */
public record CellOptions(boolean pwrc, int dtx, int radioLinkTimeout) {

    static CellOptions readBcch(Octets in) {
        int octet = in.u8("cell options");
        return new CellOptions((octet & 0x40) != 0, (octet >>> 4) & 0x03, octet & 0x0f);
    }

    static CellOptions readSacch(Octets in) {
        int octet = in.u8("cell options");
        int dtx = ((octet >>> 5) & 0x04) | ((octet >>> 4) & 0x03);
        return new CellOptions((octet & 0x40) != 0, dtx, octet & 0x0f);
    }

    /** Radio link timeout in SACCH blocks. */
    public int radioLinkTimeoutBlocks() {
        return 4 * (radioLinkTimeout + 1);
    }
}
