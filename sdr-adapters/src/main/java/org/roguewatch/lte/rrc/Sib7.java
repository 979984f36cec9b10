package org.roguewatch.lte.rrc;

import java.util.List;

/**
 * SystemInformationBlockType7 (TS 36.331 6.3.1): re-selection to GERAN.
 *
 * @param tReselectionGeran seconds (0..7)
 * @param groups            carrierFreqsInfoList (empty when absent)
 */
public record Sib7(int tReselectionGeran, List<GeranCarrierGroup> groups) implements SystemInformationBlock {
    public Sib7 {
        groups = List.copyOf(groups);
    }

    @Override
    public int type() {
        return 7;
    }
}
