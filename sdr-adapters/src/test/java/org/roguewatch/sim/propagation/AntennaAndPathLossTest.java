package org.roguewatch.sim.propagation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.roguewatch.sim.scenario.Antenna;
import org.roguewatch.sim.scenario.Propagation;

/** The sector pattern and the log-distance model term by term. */
class AntennaAndPathLossTest {
    @Test
    void sectorPatternFallsThreeDbAtHalfBeamwidthAndFloorsAtTwentyDb() {
        Antenna sector = new Antenna(120.0, 65);
        assertEquals(0, AntennaPattern.gainDb(sector, 120), 1e-12);
        assertEquals(-3, AntennaPattern.gainDb(sector, 120 + 32.5), 1e-12, "12 (1/2)² = 3 dB at the half-power angle");
        assertEquals(-3, AntennaPattern.gainDb(sector, 120 - 32.5), 1e-12);
        assertEquals(-20, AntennaPattern.gainDb(sector, 300), 1e-12, "front-to-back");
        assertEquals(AntennaPattern.gainDb(new Antenna(350.0, 65), 10), AntennaPattern.gainDb(sector, 140), 1e-12,
                "angles wrap around north");
        assertEquals(0, AntennaPattern.gainDb(Antenna.omni(), 77), 1e-12);
    }

    @Test
    void pathLossGrowsTenNDbPerDecadeFromTheReferenceAndWithFrequency() {
        PathLoss model = new PathLoss(new Propagation(3.5, 100, 80, 900e6, 8, 50, -111, -102, 0, 9));
        assertEquals(80, model.lossDb(100, 900e6), 1e-9);
        assertEquals(115, model.lossDb(1000, 900e6), 1e-9);
        assertEquals(80, model.lossDb(10, 900e6), 1e-9, "inside d0 the reference loss holds");
        assertEquals(80 + 20 * Math.log10(2), model.lossDb(100, 1800e6), 1e-9);
    }
}
