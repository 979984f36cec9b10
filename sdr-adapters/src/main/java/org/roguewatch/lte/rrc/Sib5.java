package org.roguewatch.lte.rrc;

import java.util.List;

/** SystemInformationBlockType5 (TS 36.331 6.3.1): inter-frequency E-UTRA re-selection, 1..8 carriers. */
public record Sib5(List<InterFreqCarrier> carriers) implements SystemInformationBlock {
    public Sib5 {
        carriers = List.copyOf(carriers);
    }

    @Override
    public int type() {
        return 5;
    }
}
