package org.roguewatch.sim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a {@link HexLayout}: axial hex coordinates (q, r) spiralling out ring by ring, reuse
 * clusters chosen so that no two neighbouring sites share one (the classic N = 3, 4, 7 patterns),
 * LACs in groups of consecutive sites; and on the same masts and sectors an optional
 * {@link LteLayer}.
 */
final class HexNetworkGenerator {
    /** Axial neighbour directions, in the order a ring is walked. */
    private static final int[][] DIRECTIONS = {{1, 0}, {1, -1}, {0, -1}, {-1, 0}, {-1, 1}, {0, 1}};

    private HexNetworkGenerator() {
    }

    static List<GsmCell> generate(HexLayout layout, LocalFrame frame, SiParameters si) {
        List<GsmCell> cells = new ArrayList<>();
        List<int[]> sites = sites(layout.rings());
        for (int site = 0; site < sites.size(); site++) {
            int q = sites.get(site)[0];
            int r = sites.get(site)[1];
            GeoPoint position = frame.toGeo(position(layout, sites.get(site)));
            int cluster = cluster(q, r, layout.reuseSites());
            int lac = layout.lacFirst() + site / layout.sitesPerLac();
            for (int sector = 0; sector < layout.sectors(); sector++) {
                Antenna antenna = antenna(layout, sector);
                int arfcn = layout.arfcns().get(cluster * layout.sectors() + sector);
                int ci = layout.ciFirst() + 10 * site + sector + 1;
                cells.add(new GsmCell("site" + (site + 1) + "-" + (sector + 1), false, List.of(), layout.mcc(),
                        layout.mnc(), lac, ci, arfcn, layout.ncc() * 8 + site % 8, layout.eirpDbm(), antenna,
                        layout.heightM(), Track.fixed(position), Schedule.always(), si, List.of(), null,
                        "site" + (site + 1)));
            }
        }
        return cells;
    }

    /**
     * One LTE cell per site, sector and carrier of {@code layer}, on the GSM cells' masts and
     * antennas, radiating {@code eirpDbm} over its whole carrier: TACs grouped like the LACs, ECIs and
     * PCIs as {@link LteLayer} defines them.
     */
    static List<LteCell> generateLte(HexLayout layout, LteLayer layer, LocalFrame frame, LteParameters parameters,
                                     double eirpDbm) {
        List<LteCell> cells = new ArrayList<>();
        List<int[]> sites = sites(layout.rings());
        for (int site = 0; site < sites.size(); site++) {
            GeoPoint position = frame.toGeo(position(layout, sites.get(site)));
            int tac = layer.tacFirst() + site / layout.sitesPerLac();
            long enbId = layer.enbIdFirst() + site;
            for (int sector = 0; sector < layout.sectors(); sector++) {
                Antenna antenna = antenna(layout, sector);
                for (int carrier = 0; carrier < layer.earfcns().size(); carrier++) {
                    int earfcn = layer.earfcns().get(carrier);
                    long eci = enbId * 256 + 10L * carrier + sector + 1;
                    cells.add(new LteCell("site" + (site + 1) + "-" + (sector + 1) + "-" + earfcn, false, List.of(),
                            layout.mcc(), layout.mnc(), tac, eci, earfcn, LteLayer.pci(site, sector), eirpDbm,
                            antenna, layout.heightM(), Track.fixed(position), Schedule.always(), null,
                            "site" + (site + 1), parameters, List.of(), List.of(), null));
                }
            }
        }
        return cells;
    }

    private static Xy position(HexLayout layout, int[] site) {
        int q = site[0];
        int r = site[1];
        return new Xy(layout.siteSpacingM() * (q + r / 2.0), -layout.siteSpacingM() * Math.sqrt(3) / 2 * r);
    }

    private static Antenna antenna(HexLayout layout, int sector) {
        return layout.sectors() == 1 ? Antenna.omni()
                : new Antenna((layout.azimuthFirstDeg() + 360.0 * sector / layout.sectors()) % 360, layout.beamwidthDeg());
    }

    /** (q, r) of every site: the centre, then each ring walked from its south-west corner. */
    static List<int[]> sites(int rings) {
        List<int[]> out = new ArrayList<>();
        out.add(new int[] {0, 0});
        for (int k = 1; k <= rings; k++) {
            int q = DIRECTIONS[4][0] * k;
            int r = DIRECTIONS[4][1] * k;
            for (int[] direction : DIRECTIONS) {
                for (int j = 0; j < k; j++) {
                    out.add(new int[] {q, r});
                    q += direction[0];
                    r += direction[1];
                }
            }
        }
        return out;
    }

    /**
     * The reuse cluster of a site. Neighbours differ by (±1, 0), (0, ±1) or ±(1, -1), and each
     * formula gives them a different value: N = 3 by q - r, N = 4 by the parities of q and r,
     * N = 7 by q + 3r (neighbours then differ by ±1, ±2, ±3 mod 7).
     */
    static int cluster(int q, int r, int reuseSites) {
        return switch (reuseSites) {
            case 1 -> 0;
            case 3 -> Math.floorMod(q - r, 3);
            case 4 -> Math.floorMod(q, 2) + 2 * Math.floorMod(r, 2);
            case 7 -> Math.floorMod(q + 3 * r, 7);
            default -> throw new IllegalArgumentException("reuse of " + reuseSites + " sites");
        };
    }
}
