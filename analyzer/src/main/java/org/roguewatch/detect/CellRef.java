package org.roguewatch.detect;

import org.roguewatch.observe.CellIdentity;
import org.roguewatch.observe.Radio;

/** Which cell a finding is about: its identity as heard and its channel. */
public record CellRef(Radio radio, String mcc, String mnc, Integer areaCode, Long cellId, int channel, String plmn) {

    public CellRef(Radio radio, String mcc, String mnc, Integer areaCode, Long cellId, int channel) {
        this(radio, mcc, mnc, areaCode, cellId, channel, mcc == null || mnc == null ? null : mcc + "-" + mnc);
    }

    public static CellRef of(Radio radio, CellIdentity identity, int channel) {
        return new CellRef(radio, identity.mcc(), identity.mnc(), identity.lac(),
                identity.ci() == null ? null : identity.ci().longValue(), channel);
    }

    @Override
    public String toString() {
        return (mcc == null ? "?" : mcc) + "-" + (mnc == null ? "?" : mnc) + "-" + (areaCode == null ? "?" : areaCode)
                + "-" + (cellId == null ? "?" : cellId) + (radio == Radio.GSM ? " ARFCN " : " EARFCN ") + channel;
    }
}
