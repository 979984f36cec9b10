package org.roguewatch.lte.rrc;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.lte.per.PerReader;

/** Reads SystemInformationBlockType4 (TS 36.331 6.3.1). */
final class Sib4Reader {
    private Sib4Reader() {
    }

    static Sib4 read(PerReader in) {
        boolean extended = in.extensionBit();
        // intraFreqNeighCellList, intraFreqBlackCellList, csg-PhysCellIdRange
        boolean[] present = in.optionals(3);
        List<IntraFreqNeighbour> neighbours = new ArrayList<>();
        if (present[0]) {
            int count = in.constrainedInt(1, 16); // SIZE (1..maxCellIntra)
            for (int i = 0; i < count; i++) {
                boolean neighbourExtended = in.extensionBit();
                neighbours.add(new IntraFreqNeighbour(SibIeReader.pci(in), SibIeReader.qOffsetDb(in)));
                SibIeReader.skipExtensionAdditions(in, neighbourExtended);
            }
        }
        List<PciRange> blacklist = new ArrayList<>();
        if (present[1]) {
            int count = in.constrainedInt(1, 16); // SIZE (1..maxCellBlack)
            for (int i = 0; i < count; i++) {
                blacklist.add(SibIeReader.pciRange(in));
            }
        }
        PciRange csgRange = present[2] ? SibIeReader.pciRange(in) : null;
        SibIeReader.skipExtensionAdditions(in, extended); // lateNonCriticalExtension, [[…HSDN-r15]]
        return new Sib4(neighbours, blacklist, csgRange);
    }
}
