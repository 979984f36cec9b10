package org.roguewatch.sim.scenario;

import java.util.List;

/**
 * The LTE layer of a generated network: on every sector of every site one cell per carrier
 * (frequency reuse 1, as LTE networks are built; the physical cell id tells them apart).
 *
 * @param earfcns    the downlink carriers, one cell per sector on each
 * @param tacFirst   TAC of the first group of sites, grouped as the LACs are; each next group +1
 * @param enbIdFirst eNB id of the first site, each next site +1; ECI = 256 x eNB id + cell id, the
 *                   cell id 10 x carrier index + sector (carriers from 0, sectors from 1)
 */
record LteLayer(List<Integer> earfcns, int tacFirst, int enbIdFirst) {
    LteLayer {
        earfcns = List.copyOf(earfcns);
    }

    /** PCI of a sector (TS 36.211 6.11: 3 x N_ID(1) + N_ID(2)): the sector gives N_ID(2), the site N_ID(1). */
    static int pci(int site, int sector) {
        return (3 * site + sector) % 504;
    }
}
