package org.roguewatch.sim.scenario;

import java.util.List;

/**
 * A generated network: sites on a hexagonal grid around the origin (ring 0 is the centre, ring k
 * has 6k sites), each with {@code sectors} sectors.
 *
 * @param arfcns      the BCCH carrier pool; a site of reuse cluster c gives sector s
 *                    {@code arfcns[c * sectors + s]}
 * @param reuseSites  sites per reuse cluster: 1, 3, 4 or 7 (no two adjacent sites share a cluster
 *                    unless 1)
 * @param ncc         network colour code of every BSIC; the BCC is the site number mod 8
 * @param lacFirst    LAC of the first group of {@code sitesPerLac} sites (ring order), each next group +1
 * @param ciFirst     CI = ciFirst + 10 x site + sector (sector 1..3)
 */
record HexLayout(String mcc, String mnc, int rings, double siteSpacingM, int sectors, double azimuthFirstDeg,
                 double beamwidthDeg, double eirpDbm, double heightM, List<Integer> arfcns, int reuseSites, int ncc,
                 int lacFirst, int sitesPerLac, int ciFirst) {

    int siteCount() {
        return 1 + 3 * rings * (rings + 1);
    }
}
