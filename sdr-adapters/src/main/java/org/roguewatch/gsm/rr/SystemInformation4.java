package org.roguewatch.gsm.rr;

import org.roguewatch.gsm.LocationAreaId;

/**
 * System Information Type 4 (TS 44.018 9.1.36).
 *
 * @param cbchPresent a CBCH Channel Description is included (cell broadcast is configured)
 */
public record SystemInformation4(LocationAreaId lai, CellSelectionParameters cellSelection,
                                 RachControlParameters rach, boolean cbchPresent, Si4RestOctets restOctets)
        implements RrMessage {
    @Override
    public String name() {
        return "System Information Type 4";
    }

    @Override
    public String info() {
        StringBuilder out = new StringBuilder().append("LAI ").append(lai);
        if (restOctets.selection() != null) {
            out.append(" CRO ").append(restOctets.selection().cellReselectOffset());
        }
        return out.toString();
    }
}
