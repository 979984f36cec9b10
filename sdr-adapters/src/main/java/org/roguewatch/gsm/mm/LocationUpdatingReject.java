package org.roguewatch.gsm.mm;

/**
 * Location Updating Reject (TS 24.008 9.2.14; Reject Cause 10.5.3.6). Causes such as #11 (PLMN
 * not allowed) or #13 (roaming not allowed in this LA) strand a phone after a catcher has taken
 * its IMSI.
 */
public record LocationUpdatingReject(int rejectCause) implements MmMessage {
    @Override
    public String name() {
        return "Location Updating Reject";
    }

    @Override
    public String info() {
        return "cause #" + rejectCause + " " + MmCauses.name(rejectCause);
    }
}
