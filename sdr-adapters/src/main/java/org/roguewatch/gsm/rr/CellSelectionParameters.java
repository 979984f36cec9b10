package org.roguewatch.gsm.rr;

import org.roguewatch.decode.Octets;

/**
 * Cell Selection Parameters (TS 44.018 10.5.2.4).
 *
 * @param cellReselectHysteresis CRH code, 2 dB steps
 * @param msTxpwrMaxCch          power control level code
 * @param acs                    additional reselect parameter indication
 * @param neci                   new establishment causes supported
 * @param rxlevAccessMin         RXLEV code 0..63 (0 = below −110 dBm)
 */
public record CellSelectionParameters(int cellReselectHysteresis, int msTxpwrMaxCch, boolean acs, boolean neci,
                                      int rxlevAccessMin) {

    static CellSelectionParameters read(Octets in) {
        int octet1 = in.u8("cell selection parameters");
        int octet2 = in.u8("cell selection parameters");
        return new CellSelectionParameters(octet1 >>> 5, octet1 & 0x1f, (octet2 & 0x80) != 0, (octet2 & 0x40) != 0,
                octet2 & 0x3f);
    }

    /** The lower bound in dBm of the RXLEV-ACCESS-MIN band (TS 45.008 8.1.4). */
    public int rxlevAccessMinDbm() {
        return -110 + rxlevAccessMin;
    }
}
