package org.roguewatch.lte.rrc;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * RRCConnectionSetupComplete (TS 36.331 6.2.2), UL-DCCH: the first NAS message of the UE (attach,
 * TAU or service request). registeredMME is skipped.
 *
 * @param selectedPlmnIdentity index (1..6) into SIB1's PLMN list
 * @param dedicatedInfoNas     the NAS PDU
 */
public record RrcConnectionSetupComplete(int selectedPlmnIdentity, byte[] dedicatedInfoNas)
        implements DedicatedRrcMessage {

    public RrcConnectionSetupComplete {
        dedicatedInfoNas = dedicatedInfoNas.clone();
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
        return "RRCConnectionSetupComplete";
    }

    @Override
    public String info() {
        return "selectedPLMN-Identity=" + selectedPlmnIdentity + " NAS " + dedicatedInfoNas.length + " octets";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RrcConnectionSetupComplete that && selectedPlmnIdentity == that.selectedPlmnIdentity
                && Arrays.equals(dedicatedInfoNas, that.dedicatedInfoNas);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(dedicatedInfoNas) + selectedPlmnIdentity;
    }

    @Override
    public String toString() {
        return "RrcConnectionSetupComplete[selectedPlmnIdentity=" + selectedPlmnIdentity + ", dedicatedInfoNas="
                + HexFormat.of().formatHex(dedicatedInfoNas) + "]";
    }
}
