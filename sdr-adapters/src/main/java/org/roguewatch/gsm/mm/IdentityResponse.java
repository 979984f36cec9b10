package org.roguewatch.gsm.mm;

import org.roguewatch.gsm.MobileIdentity;

/** Identity Response (TS 24.008 9.2.11): the phone's answer, uplink. */
public record IdentityResponse(MobileIdentity identity) implements MmMessage {
    @Override
    public String name() {
        return "Identity Response";
    }

    @Override
    public String info() {
        return identity.type().name();
    }
}
