package org.roguewatch.lte.rrc;

import java.util.List;

/**
 * SystemInformationBlockType4 (TS 36.331 6.3.1): intra-frequency neighbours and the cells a UE must
 * not re-select.
 *
 * @param neighbours       intraFreqNeighCellList (empty when absent)
 * @param blacklist        intraFreqBlackCellList (empty when absent)
 * @param csgPhysCellRange csg-PhysCellIdRange, or null when absent
 */
public record Sib4(List<IntraFreqNeighbour> neighbours, List<PciRange> blacklist, PciRange csgPhysCellRange)
        implements SystemInformationBlock {
    public Sib4 {
        neighbours = List.copyOf(neighbours);
        blacklist = List.copyOf(blacklist);
    }

    @Override
    public int type() {
        return 4;
    }
}
