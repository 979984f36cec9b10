package org.roguewatch.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated network: hex rings, reuse without neighbouring co-channel sites, LACs in groups. */
class HexNetworkGeneratorTest {
    private static final LocalFrame FRAME = new LocalFrame(new GeoPoint(51.2277, 6.7735));
    private static final List<Integer> POOL = List.of(1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34, 37, 40, 43, 46, 49,
            52, 55, 58, 61);

    @Test
    void ringsSpiralOutWithSixKSitesInRingK() {
        assertEquals(1, HexNetworkGenerator.sites(0).size());
        assertEquals(7, HexNetworkGenerator.sites(1).size());
        assertEquals(19, HexNetworkGenerator.sites(2).size());
        assertEquals(37, new HexLayout("262", "02", 3, 1000, 3, 0, 65, 58, 30, POOL, 7, 0, 1, 4, 0).siteCount());
        Set<String> distinct = new HashSet<>();
        HexNetworkGenerator.sites(3).forEach(s -> distinct.add(s[0] + "," + s[1]));
        assertEquals(37, distinct.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 7})
    void neighbouringSitesNeverShareAReuseCluster(int reuse) {
        int[][] neighbours = {{1, 0}, {1, -1}, {0, -1}, {-1, 0}, {-1, 1}, {0, 1}};
        for (int[] site : HexNetworkGenerator.sites(4)) {
            int cluster = HexNetworkGenerator.cluster(site[0], site[1], reuse);
            assertTrue(cluster >= 0 && cluster < reuse);
            for (int[] d : neighbours) {
                assertNotEquals(cluster, HexNetworkGenerator.cluster(site[0] + d[0], site[1] + d[1], reuse),
                        "site " + site[0] + "," + site[1]);
            }
        }
    }

    @Test
    void cellsGetSectorsCarriersIdentitiesAndLacGroups() {
        HexLayout layout = new HexLayout("262", "02", 1, 1500, 3, 0, 65, 58, 30, POOL, 7, 3, 318, 4, 11200);
        List<GsmCell> cells = HexNetworkGenerator.generate(layout, FRAME, SiParameters.operatorDefaults());
        assertEquals(21, cells.size());
        assertEquals(21, cells.stream().map(GsmCell::arfcn).distinct().count(), "reuse 7 x 3 sectors: no repeats");
        GsmCell first = cells.get(0);
        assertEquals("site1-1", first.id());
        assertEquals(11201, first.ci());
        assertEquals(3 * 8, first.bsic());
        assertEquals(0.0, first.antenna().azimuthDeg());
        assertEquals(120.0, cells.get(1).antenna().azimuthDeg());
        assertEquals(240.0, cells.get(2).antenna().azimuthDeg());
        assertEquals(318, cells.get(3 * 3).lac(), "sites 1-4 in LAC 318");
        assertEquals(319, cells.get(4 * 3).lac(), "sites 5-7 in LAC 319");
        Xy second = FRAME.toLocal(cells.get(3).track().first());
        assertEquals(1500, Math.hypot(second.x(), second.y()), 0.01, "ring 1 at the site spacing");
    }
}
