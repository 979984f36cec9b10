package org.roguewatch.gsm.mm;

import org.roguewatch.gsm.LocationAreaId;
import org.roguewatch.gsm.MobileIdentity;

/**
 * Location Updating Accept (TS 24.008 9.2.13).
 *
 * @param lai             the location area the phone is now registered in
 * @param identity        a new TMSI or the IMSI when included, else null
 * @param followOnProceed the Follow On Proceed IE is present
 */
public record LocationUpdatingAccept(LocationAreaId lai, MobileIdentity identity, boolean followOnProceed)
        implements MmMessage {
    @Override
    public String name() {
        return "Location Updating Accept";
    }

    @Override
    public String info() {
        return "LAI " + lai + (identity != null ? " " + identity.type() : "");
    }
}
