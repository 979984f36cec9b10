package org.roguewatch.gsm.rr;

import org.roguewatch.gsm.LocationAreaId;

/** System Information Type 6 (TS 44.018 9.1.40): identity of the serving cell, sent on SACCH. */
public record SystemInformation6(int cellIdentity, LocationAreaId lai, CellOptions cellOptions, int nccPermitted)
        implements RrMessage {
    @Override
    public String name() {
        return "System Information Type 6";
    }

    @Override
    public String info() {
        return "LAI " + lai + " CI " + cellIdentity;
    }
}
