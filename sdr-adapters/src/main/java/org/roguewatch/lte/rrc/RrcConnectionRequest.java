package org.roguewatch.lte.rrc;

import java.util.Objects;

/**
 * RRCConnectionRequest (TS 36.331 6.2.2), UL-CCCH.
 *
 * @param ueIdentityKind     "s-TMSI" or "randomValue" (the InitialUE-Identity alternative)
 * @param ueIdentityValue    the M-TMSI (32 bits) or the random value (40 bits)
 * @param mmec               the MME code of the S-TMSI, −1 for randomValue
 * @param establishmentCause the EstablishmentCause name, e.g. "mo-Signalling", "mt-Access"
 */
public record RrcConnectionRequest(String ueIdentityKind, long ueIdentityValue, int mmec, String establishmentCause)
        implements DedicatedRrcMessage {
    public static final String S_TMSI = "s-TMSI";
    public static final String RANDOM_VALUE = "randomValue";

    public RrcConnectionRequest {
        Objects.requireNonNull(ueIdentityKind, "ueIdentityKind");
        Objects.requireNonNull(establishmentCause, "establishmentCause");
    }

    @Override
    public String name() {
        return "RRCConnectionRequest";
    }

    @Override
    public String info() {
        String identity = S_TMSI.equals(ueIdentityKind)
                ? String.format("s-TMSI mmec=%d m-TMSI=0x%08x", mmec, ueIdentityValue)
                : String.format("randomValue=0x%010x", ueIdentityValue);
        return identity + " " + establishmentCause;
    }
}
