package org.roguewatch.lte.rrc;

/**
 * One entry of SIB1's plmn-IdentityList (TS 36.331 6.3.4 PLMN-Identity, 6.2.2 PLMN-IdentityInfo).
 * An entry sent without MCC takes the MCC of the entry before it, so {@code mcc} is always filled.
 *
 * @param mcc                    three digits
 * @param mnc                    two or three digits (leading zeros count)
 * @param reservedForOperatorUse cellReservedForOperatorUse = reserved
 */
public record PlmnIdentity(String mcc, String mnc, boolean reservedForOperatorUse) {
    @Override
    public String toString() {
        return mcc + "-" + mnc + (reservedForOperatorUse ? " (reserved)" : "");
    }
}
