package org.roguewatch.gsm.mm;

import org.roguewatch.gsm.MobileIdentity;

/**
 * CM Service Request (TS 24.008 9.2.9), uplink.
 *
 * @param serviceType CM service type (10.5.3.3): 1 call, 2 emergency, 4 SMS, 8 SS
 * @param identity    the identity the phone presents
 */
public record CmServiceRequest(int serviceType, MobileIdentity identity) implements MmMessage {
    @Override
    public String name() {
        return "CM Service Request";
    }

    @Override
    public String info() {
        return "service " + serviceType + " " + identity.type();
    }
}
