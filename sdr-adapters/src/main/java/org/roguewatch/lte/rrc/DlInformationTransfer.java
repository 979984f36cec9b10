package org.roguewatch.lte.rrc;

/**
 * DLInformationTransfer (TS 36.331 6.2.2), DL-DCCH: a NAS message (or CDMA2000 information) for the
 * UE, from the r8 or r15 critical extension.
 *
 * @param nas        the NAS PDU when {@code carriesNas}, else empty
 * @param carriesNas whether dedicatedInfoType is dedicatedInfoNAS (false for the CDMA2000
 *                   alternatives and for an r15 message without dedicatedInfoType)
 */
public record DlInformationTransfer(NasContainer nas, boolean carriesNas) implements DedicatedRrcMessage {

    public DlInformationTransfer(byte[] dedicatedInfoNas, boolean carriesNas) {
        this(new NasContainer(dedicatedInfoNas), carriesNas);
    }

    public DlInformationTransfer(byte[] dedicatedInfoNas) {
        this(dedicatedInfoNas, true);
    }

    /** A copy of the NAS PDU. */
    public byte[] nasPdu() {
        return nas.octets();
    }

    /** A copy of the NAS PDU. */
    public byte[] dedicatedInfoNas() {
        return nas.octets();
    }

    @Override
    public String name() {
        return "DLInformationTransfer";
    }

    @Override
    public String info() {
        return carriesNas ? "NAS " + nas.length() + " octets" : "no NAS";
    }
}
