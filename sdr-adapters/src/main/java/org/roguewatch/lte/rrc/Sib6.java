package org.roguewatch.lte.rrc;

import java.util.List;

/**
 * SystemInformationBlockType6 (TS 36.331 6.3.1): re-selection to UTRA.
 *
 * @param fdd               carrierFreqListUTRA-FDD (empty when absent)
 * @param tdd               carrierFreqListUTRA-TDD (empty when absent)
 * @param tReselectionUtra  seconds (0..7)
 */
public record Sib6(List<UtraCarrier> fdd, List<UtraCarrier> tdd, int tReselectionUtra)
        implements SystemInformationBlock {
    public Sib6 {
        fdd = List.copyOf(fdd);
        tdd = List.copyOf(tdd);
    }

    @Override
    public int type() {
        return 6;
    }
}
