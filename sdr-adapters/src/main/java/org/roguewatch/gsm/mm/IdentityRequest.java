package org.roguewatch.gsm.mm;

import org.roguewatch.gsm.MobileIdentity;

/**
 * Identity Request (TS 24.008 9.2.10; Identity Type 10.5.3.4). Asking for the IMSI or IMEI before
 * authentication is how an IMSI catcher harvests identities.
 */
public record IdentityRequest(MobileIdentity.Type identityType) implements MmMessage {
    @Override
    public String name() {
        return "Identity Request";
    }

    @Override
    public String info() {
        return identityType.name();
    }
}
