package org.roguewatch.gsm.rr;

import java.nio.ByteBuffer;
import org.roguewatch.decode.BitReader;

/**
 * The "SI4 Rest Octets_O" part of SI 4 Rest Octets (TS 44.018 10.5.2.35): selection parameters,
 * power offset and GPRS indicator. The LSA/"_S" part that may follow is not decoded.
 */
public record Si4RestOctets(SelectionParameters selection, int powerOffset, GprsIndicator gprs) {

    static final Si4RestOctets ABSENT = new Si4RestOctets(null, -1, null);

    static Si4RestOctets read(ByteBuffer restOctets) {
        BitReader bits = new BitReader(restOctets, "rr.si4.rest");
        if (!bits.hasBits(1)) {
            return ABSENT;
        }
        SelectionParameters selection = bits.high("selection parameters") ? SelectionParameters.read(bits) : null;
        int powerOffset = bits.high("power offset") ? bits.bits(2, "POWER_OFFSET") : -1;
        GprsIndicator gprs = GprsIndicator.readOptional(bits);
        return new Si4RestOctets(selection, powerOffset, gprs);
    }
}
