package org.roguewatch.lte.rrc;

/**
 * RRCConnectionSetupComplete (TS 36.331 6.2.2), UL-DCCH: the first NAS message of the UE (attach,
 * TAU or service request). registeredMME is skipped.
 *
 * @param selectedPlmnIdentity index (1..6) into SIB1's PLMN list
 * @param nas                  the NAS PDU
 */
public record RrcConnectionSetupComplete(int selectedPlmnIdentity, NasContainer nas) implements DedicatedRrcMessage {

    public RrcConnectionSetupComplete(int selectedPlmnIdentity, byte[] dedicatedInfoNas) {
        this(selectedPlmnIdentity, new NasContainer(dedicatedInfoNas));
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
        return "RRCConnectionSetupComplete";
    }

    @Override
    public String info() {
        return "selectedPLMN-Identity=" + selectedPlmnIdentity + " NAS " + nas.length() + " octets";
    }
}
