package org.roguewatch.lte.rrc;

/**
 * ULInformationTransfer (TS 36.331 6.2.2), UL-DCCH: a NAS message (or CDMA2000 information) from
 * the UE.
 *
 * @param nas        the NAS PDU when {@code carriesNas}, else empty
 * @param carriesNas whether dedicatedInfoType is dedicatedInfoNAS
 */
public record UlInformationTransfer(NasContainer nas, boolean carriesNas) implements DedicatedRrcMessage {

    public UlInformationTransfer(byte[] dedicatedInfoNas, boolean carriesNas) {
        this(new NasContainer(dedicatedInfoNas), carriesNas);
    }

    public UlInformationTransfer(byte[] dedicatedInfoNas) {
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
        return "ULInformationTransfer";
    }

    @Override
    public String info() {
        return carriesNas ? "NAS " + nas.length() + " octets" : "no NAS";
    }
}
