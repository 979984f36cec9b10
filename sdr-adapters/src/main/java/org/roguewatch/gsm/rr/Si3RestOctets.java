package org.roguewatch.gsm.rr;

import java.nio.ByteBuffer;
import org.roguewatch.decode.BitReader;

/**
 * SI 3 Rest Octets (TS 44.018 10.5.2.34), decoded up to the SI2quater indicator. The Iu and SI21
 * indicators that may follow are left alone: nothing we detect depends on them and their presence
 * rules differ between releases.
 *
 * @param selection          optional selection parameters (null when absent)
 * @param powerOffset        POWER_OFFSET code, or -1 when absent
 * @param si2terAvailable    SI2ter is broadcast
 * @param earlyClassmarkSending early classmark sending allowed
 * @param schedulingWhere    WHERE code of "Scheduling if and where", or -1 when absent
 * @param gprs               GPRS indicator (null: no GPRS)
 * @param utranEarlyClassmarkRestricted 3G early classmark sending restriction
 * @param si2quaterPresent   SI2quater indicator present
 * @param si2quaterOnBcchExt SI2quater position is BCCH Ext
 */
public record Si3RestOctets(SelectionParameters selection, int powerOffset, boolean si2terAvailable,
                            boolean earlyClassmarkSending, int schedulingWhere, GprsIndicator gprs,
                            boolean utranEarlyClassmarkRestricted, boolean si2quaterPresent,
                            boolean si2quaterOnBcchExt) {

    static final Si3RestOctets ABSENT = new Si3RestOctets(null, -1, false, false, -1, null, false, false, false);

    static Si3RestOctets read(ByteBuffer restOctets) {
        BitReader bits = new BitReader(restOctets, "rr.si3.rest");
        if (!bits.hasBits(1)) {
            return ABSENT;
        }
        SelectionParameters selection = bits.high("selection parameters") ? SelectionParameters.read(bits) : null;
        int powerOffset = bits.high("power offset") ? bits.bits(2, "POWER_OFFSET") : -1;
        boolean si2ter = bits.high("SI2ter indicator");
        boolean ecsc = bits.high("early classmark sending");
        int where = bits.high("scheduling if and where") ? bits.bits(3, "WHERE") : -1;
        GprsIndicator gprs = GprsIndicator.readOptional(bits);
        boolean utranEcsr = bits.high("3G early classmark sending restriction");
        boolean si2quater = bits.high("SI2quater indicator");
        boolean si2quaterExt = si2quater && bits.bit("SI2quater POSITION");
        return new Si3RestOctets(selection, powerOffset, si2ter, ecsc, where, gprs, utranEcsr, si2quater, si2quaterExt);
    }
}
