package org.roguewatch.gsm.mm;

import org.roguewatch.gsm.LocationAreaId;
import org.roguewatch.gsm.MobileIdentity;

/**
 * Location Updating Request (TS 24.008 9.2.15), uplink.
 *
 * @param updatingType 0 normal, 1 periodic, 2 IMSI attach (10.5.3.5)
 * @param lai          the phone's previous location area
 * @param identity     the identity the phone presents
 */
public record LocationUpdatingRequest(int updatingType, LocationAreaId lai, MobileIdentity identity)
        implements MmMessage {
    @Override
    public String name() {
        return "Location Updating Request";
    }

    @Override
    public String info() {
        return "old LAI " + lai + " " + identity.type();
    }
}
