package org.roguewatch.gsm.rr;

import org.roguewatch.gsm.LocationAreaId;

/**
 * System Information Type 3 (TS 44.018 9.1.35): the cell's identity and most of the parameters a
 * fake base station tunes (T3212, reselection offsets).
 */
public record SystemInformation3(int cellIdentity, LocationAreaId lai, ControlChannelDescription controlChannel,
                                 CellOptions cellOptions, CellSelectionParameters cellSelection,
                                 RachControlParameters rach, Si3RestOctets restOctets) implements RrMessage {
    @Override
    public String name() {
        return "System Information Type 3";
    }

    @Override
    public String info() {
        StringBuilder out = new StringBuilder().append("LAI ").append(lai).append(" CI ").append(cellIdentity)
                .append(" T3212 ").append(controlChannel.t3212());
        if (restOctets.selection() != null) {
            out.append(" CRO ").append(restOctets.selection().cellReselectOffset());
        }
        return out.toString();
    }
}
