package org.roguewatch.lte.rrc;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * ULInformationTransfer (TS 36.331 6.2.2), UL-DCCH: a NAS message (or CDMA2000 information) from
 * the UE.
 *
 * @param dedicatedInfoNas the NAS PDU when {@code carriesNas}, else empty
 * @param carriesNas       whether dedicatedInfoType is dedicatedInfoNAS
 */
public record UlInformationTransfer(byte[] dedicatedInfoNas, boolean carriesNas) implements DedicatedRrcMessage {

    public UlInformationTransfer {
        dedicatedInfoNas = dedicatedInfoNas.clone();
    }

    public UlInformationTransfer(byte[] dedicatedInfoNas) {
        this(dedicatedInfoNas, true);
    }

    /** A copy of the NAS PDU. */
    public byte[] nasPdu() {
        return dedicatedInfoNas.clone();
    }

    @Override
    public byte[] dedicatedInfoNas() {
        return dedicatedInfoNas.clone();
    }

    @Override
    public String name() {
        return "ULInformationTransfer";
    }

    @Override
    public String info() {
        return carriesNas ? "NAS " + dedicatedInfoNas.length + " octets" : "no NAS";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UlInformationTransfer that && carriesNas == that.carriesNas
                && Arrays.equals(dedicatedInfoNas, that.dedicatedInfoNas);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(dedicatedInfoNas) + Boolean.hashCode(carriesNas);
    }

    @Override
    public String toString() {
        return "UlInformationTransfer[dedicatedInfoNas=" + HexFormat.of().formatHex(dedicatedInfoNas)
                + ", carriesNas=" + carriesNas + "]";
    }
}
