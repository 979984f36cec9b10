package org.roguewatch.lte.rrc;

import java.util.List;
import org.roguewatch.lte.per.PerWriter;

/**
 * Writes the LTE broadcast messages (TS 36.331 6.2.1, 6.2.2, 6.3.1) as unaligned PER: the inverse of
 * {@link BcchBchDecoder} and {@link BcchDlSchDecoder} for every field the records carry, so that
 * decoding what this writes gives the record back. Our simulator's rogue and legitimate LTE cells
 * speak through it. What the records do not carry is written absent, or, for SIB2's
 * radioResourceConfigCommon, as the typical values documented on {@link Sib2Writer}.
 * Values outside their ASN.1 ranges are programming errors: {@link IllegalArgumentException}.
 */
public final class LteBroadcastEncoder {
    private LteBroadcastEncoder() {
    }

    /** A BCCH-BCH-Message: 3 octets, the Rel-13+ fields and spare bits zero. */
    public static byte[] mib(MasterInformationBlock mib) {
        PerWriter out = new PerWriter();
        SibIeWriter.enumerated(out, SibValueTables.BANDWIDTH_RB, mib.dlBandwidthRb(), "dl-Bandwidth");
        SibIeWriter.enumerated(out, SibValueTables.PHICH_DURATION, mib.phichDuration(), "phich-Duration");
        SibIeWriter.enumerated(out, SibValueTables.PHICH_RESOURCE, mib.phichResource(), "phich-Resource");
        out.bits(mib.systemFrameNumberHigh8(), 8);
        out.bits(0, 10);
        return out.toBytes();
    }

    /** A BCCH-DL-SCH-Message carrying SystemInformationBlockType1. */
    public static byte[] sib1(SystemInformationBlockType1 sib1) {
        PerWriter out = new PerWriter();
        out.bit(false); // c1
        out.bit(true); // systemInformationBlockType1
        Sib1Writer.write(out, sib1);
        return out.toBytes();
    }

    /**
     * A BCCH-DL-SCH-Message carrying a SystemInformation message with these SIBs, in order.
     * Supported: {@link Sib2}, {@link Sib3}, {@link Sib4}, {@link Sib5}, {@link Sib6}, {@link Sib7}.
     */
    public static byte[] systemInformation(List<SystemInformationBlock> sibs) {
        PerWriter out = new PerWriter();
        out.bit(false); // c1
        out.bit(false); // systemInformation
        out.bit(false); // criticalExtensions: systemInformation-r8
        out.bit(false); // nonCriticalExtension absent
        out.constrained(sibs.size(), 1, 32);
        for (SystemInformationBlock sib : sibs) {
            write(out, sib);
        }
        return out.toBytes();
    }

    private static void write(PerWriter out, SystemInformationBlock sib) {
        if (sib instanceof OtherSib) {
            throw new IllegalArgumentException("SIB" + sib.type() + " is not written");
        }
        out.choice(sib.type() - 2, SibTypes.SI_ROOT_COUNT, true); // sib2 .. sib7 are root alternatives 0..5
        if (sib instanceof Sib2 sib2) {
            Sib2Writer.write(out, sib2);
        } else if (sib instanceof Sib3 sib3) {
            ReselectionSibWriter.sib3(out, sib3);
        } else if (sib instanceof Sib4 sib4) {
            ReselectionSibWriter.sib4(out, sib4);
        } else if (sib instanceof Sib5 sib5) {
            ReselectionSibWriter.sib5(out, sib5);
        } else if (sib instanceof Sib6 sib6) {
            ReselectionSibWriter.sib6(out, sib6);
        } else if (sib instanceof Sib7 sib7) {
            Sib7Writer.write(out, sib7);
        }
    }
}
