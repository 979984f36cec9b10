package org.roguewatch.gsm.rr;

import org.roguewatch.decode.BitReader;

/**
 * GPRS Indicator of the SI3/SI4 rest octets (TS 44.018 10.5.2.34): its presence says the cell
 * supports GPRS and broadcasts SI13.
 *
 * @param raColour    RA colour
 * @param si13OnBcchExt true when SI13 is sent on BCCH Ext instead of BCCH Norm
 */
public record GprsIndicator(int raColour, boolean si13OnBcchExt) {

    static GprsIndicator readOptional(BitReader bits) {
        if (!bits.high("GPRS Indicator")) {
            return null;
        }
        return new GprsIndicator(bits.bits(3, "RA COLOUR"), bits.bit("SI13 POSITION"));
    }
}
