package org.roguewatch.lte.rrc;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * DLInformationTransfer (TS 36.331 6.2.2), DL-DCCH: a NAS message (or CDMA2000 information) for the
 * UE, from the r8 or r15 critical extension.
 *
 * @param dedicatedInfoNas the NAS PDU when {@code carriesNas}, else empty
 * @param carriesNas       whether dedicatedInfoType is dedicatedInfoNAS (false for the CDMA2000
 *                         alternatives and for an r15 message without dedicatedInfoType)
 */
public record DlInformationTransfer(byte[] dedicatedInfoNas, boolean carriesNas) implements DedicatedRrcMessage {

    public DlInformationTransfer {
        dedicatedInfoNas = dedicatedInfoNas.clone();
    }

    public DlInformationTransfer(byte[] dedicatedInfoNas) {
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
        return "DLInformationTransfer";
    }

    @Override
    public String info() {
        return carriesNas ? "NAS " + dedicatedInfoNas.length + " octets" : "no NAS";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DlInformationTransfer that && carriesNas == that.carriesNas
                && Arrays.equals(dedicatedInfoNas, that.dedicatedInfoNas);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(dedicatedInfoNas) + Boolean.hashCode(carriesNas);
    }

    @Override
    public String toString() {
        return "DlInformationTransfer[dedicatedInfoNas=" + HexFormat.of().formatHex(dedicatedInfoNas)
                + ", carriesNas=" + carriesNas + "]";
    }
}
