package org.roguewatch.sim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.gsmtap.GsmtapType;
import org.roguewatch.lte.LteRrcChannel;
import org.roguewatch.sim.propagation.LinkBudget;
import org.roguewatch.sim.scenario.Emitter;
import org.roguewatch.sim.scenario.LteCell;
import org.roguewatch.sim.scenario.Probe;
import org.roguewatch.sim.scenario.Scenario;
import org.roguewatch.sim.scenario.ScenarioException;
import org.roguewatch.sim.scenario.ScenarioLoader;

/**
 * The LTE reception rule, frame by frame: per EARFCN the probe camps on the strongest cell (3 dB
 * hysteresis, re-measured every 320 ms and at once when its cell goes off), hears nothing of the
 * others on that carrier, and decodes its cell when the SINR — over the noise in 9 MHz and
 * {@code lte_load} of the co-channel cells' power — reaches -3 dB for the MIB, +1 dB for the rest.
 * No shadowing: levels differ by exactly the EIRPs of cells parked at one spot.
 */
class LteReceptionTest {
    private static final long SECOND = 1_000_000_000L;

    /** Cells a (always on) and b (1 s to 2 s) on EARFCN 6300, c on 1300, all at one spot 300 m from the probe. */
    private static Scenario scenario(double bEirpDbm) {
        String text = """
                [scenario]
                duration = 5s
                [area]
                origin = 51.2277, 6.7735
                width_m = 2000
                height_m = 2000
                [propagation]
                shadowing_sigma_db = 0
                lte_load = 0.4
                [network]
                layout = hex
                mcc = 262
                mnc = 02
                rings = 0
                arfcns = 2, 5, 8
                reuse_sites = 1
                [probe p]
                position = 51.2277, 6.7735
                [rogue a]
                radio = LTE
                mcc = 262
                mnc = 02
                tac = 1
                eci = 1
                earfcn = 6300
                eirp_dbm = 40
                position = 51.2304, 6.7735
                [rogue b]
                radio = LTE
                mcc = 262
                mnc = 02
                tac = 1
                eci = 2
                earfcn = 6300
                eirp_dbm = %s
                position = 51.2304, 6.7735
                schedule = 1s-2s
                [rogue c]
                radio = LTE
                mcc = 262
                mnc = 02
                tac = 1
                eci = 3
                earfcn = 1300
                eirp_dbm = 40
                position = 51.2304, 6.7735
                """.formatted(bEirpDbm);
        try {
            return ScenarioLoader.parse("reception.scenario", List.of(text.split("\n", -1)), null);
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private record Air(Scenario scenario, LinkBudget budget, Probe probe, LteReception reception) {
        LteCell cell(String id) {
            return (LteCell) scenario.rogues().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
        }

        double level(String id) {
            return budget.receivedDbm(cell(id), probe, 0);
        }

        LteReception.Heard frame(String id, long at, int channel, double fadingDb) {
            LteCell cell = cell(id);
            GsmtapHeader header = new GsmtapHeader(GsmtapHeader.VERSION, GsmtapHeader.MIN_LENGTH, GsmtapType.LTE_RRC, 0,
                    cell.earfcn(), false, false, 0, 0, 0, channel, 0, 0);
            return reception.receive(new Transmission(at, cell, scenario.emitters().indexOf(cell), 0, -1, header,
                    new byte[3]), fadingDb);
        }

        LteReception.Heard sib(String id, long at) {
            return frame(id, at, LteRrcChannel.BCCH_DL_SCH, 0);
        }
    }

    private static Air air(double bEirpDbm) {
        Scenario scenario = scenario(bEirpDbm);
        LinkBudget budget = new LinkBudget(scenario);
        Probe probe = scenario.probes().get(0);
        List<Emitter> framed = scenario.rogues();
        return new Air(scenario, budget, probe, new LteReception(scenario.propagation(), budget, probe, framed));
    }

    private static double mw(double dbm) {
        return Math.pow(10, dbm / 10);
    }

    @Test
    void sinrIsOverTheNoiseInNineMegahertzPlusTheLoadedShareOfTheCoChannelCells() {
        Air air = air(35);
        double noiseDbm = -111 + 10 * Math.log10(9e6 / 200e3);
        assertEquals(noiseDbm, air.reception().noiseDbm(), 1e-9, "-111 dBm in 200 kHz is -94.5 dBm in 9 MHz");
        double a = air.level("a");
        LteReception.Heard alone = air.sib("a", 0);
        assertEquals(a - 10 * Math.log10(mw(noiseDbm)), alone.sinrDb(), 1e-9, "b is off: only noise");
        assertEquals(a, alone.levelDbm(), 1e-9, "signal: the carrier's received power, as for GSM");
        LteReception.Heard loaded = air.sib("a", 1 * SECOND + 1);
        double b = air.level("b");
        assertEquals(5, a - b, 1e-9);
        assertEquals(a - 10 * Math.log10(mw(noiseDbm) + 0.4 * mw(b)), loaded.sinrDb(), 1e-9,
                "b interferes at 40 % of its power");
        LteReception.Heard other = air.sib("c", 1 * SECOND + 2);
        assertEquals(air.level("c") - 10 * Math.log10(mw(noiseDbm)), other.sinrDb(), 1e-9,
                "another EARFCN does not interfere");
    }

    @Test
    void theMibNeedsMinusThreeDbAndEverythingOnThePdschPlusOneDb() {
        Air air = air(35);
        double sinr = air.sib("a", 0).sinrDb();
        assertTrue(sinr > 20, "a strong cell: " + sinr);
        // Fading moves the level, so it places the SINR anywhere around the operating points.
        for (double target : new double[] {-3.5, -2.9, 0.9, 1.1}) {
            double fading = target - sinr;
            LteReception.Heard mib = air.frame("a", 0, LteRrcChannel.BCCH_BCH, fading);
            LteReception.Heard sib1 = air.frame("a", 0, LteRrcChannel.BCCH_DL_SCH, fading);
            LteReception.Heard paging = air.frame("a", 0, LteRrcChannel.PCCH, fading);
            LteReception.Heard dedicated = air.frame("a", 0, LteRrcChannel.DL_DCCH, fading);
            assertEquals(target, mib.sinrDb(), 1e-9);
            assertEquals(target >= -3 ? LteReception.Outcome.HEARD : LteReception.Outcome.TOO_WEAK, mib.outcome());
            for (LteReception.Heard pdsch : List.of(sib1, paging, dedicated)) {
                assertEquals(target >= 1 ? LteReception.Outcome.HEARD : LteReception.Outcome.TOO_WEAK, pdsch.outcome(),
                        "PDSCH at " + target + " dB");
            }
        }
    }

    @Test
    void onlyTheCampedCellOfACarrierIsDecodedAndAWeakerNewcomerDoesNotTakeTheProbe() {
        Air air = air(38); // b 2 dB weaker than a
        assertEquals(LteReception.Outcome.HEARD, air.sib("a", 0).outcome());
        assertEquals(LteReception.Outcome.MASKED, air.sib("b", SECOND + 400_000_000L).outcome());
        assertEquals(LteReception.Outcome.HEARD, air.sib("a", SECOND + 400_000_001L).outcome(),
                "a still clears 1 dB over b's interference");
        assertEquals(LteReception.Outcome.HEARD, air.sib("c", SECOND + 400_000_002L).outcome(),
                "the other carrier has its own camped cell");
    }

    @Test
    void aNewcomerWithinTheHysteresisDoesNotTakeTheProbe() {
        Air air = air(42); // b 2 dB stronger than a: below the 3 dB hysteresis
        assertEquals(LteReception.Outcome.HEARD, air.sib("a", 0).outcome());
        for (long at = SECOND; at < 2 * SECOND; at += 100_000_000L) {
            assertEquals(LteReception.Outcome.MASKED, air.sib("b", at).outcome(), "at " + at);
            LteReception.Heard a = air.sib("a", at + 1);
            assertEquals(-2 - 10 * Math.log10(0.4), a.sinrDb(), 0.01, "b, 2 dB stronger, interferes at 40 %");
            assertEquals(LteReception.Outcome.HEARD, a.outcome(), "the probe stays on a, which still clears 1 dB");
        }
    }

    @Test
    void aNewcomerThreeDbStrongerTakesTheProbeAtTheNextMeasurementAndGivesItBackWhenItStops() {
        Air air = air(45); // b 5 dB stronger than a
        assertEquals(LteReception.Outcome.HEARD, air.sib("a", 0).outcome());
        assertEquals(LteReception.Outcome.HEARD, air.sib("a", 200_000_000L).outcome(), "same 320 ms period");
        // b comes on at 1 s; the probe measured at 0.97 s (period 0.96..1.28 s), so it notices b from 1.28 s.
        assertEquals(LteReception.Outcome.HEARD, air.sib("a", 970_000_000L).outcome());
        LteReception.Heard drowned = air.sib("a", 1_000_000_000L);
        assertEquals(-5 - 10 * Math.log10(0.4), drowned.sinrDb(), 0.01);
        assertEquals(LteReception.Outcome.TOO_WEAK, drowned.outcome(), "-1 dB under b");
        assertEquals(LteReception.Outcome.MASKED, air.sib("b", 1_100_000_000L).outcome(), "not measured yet");
        assertEquals(LteReception.Outcome.HEARD, air.sib("b", 1_280_000_000L).outcome(), "camped on b");
        assertEquals(LteReception.Outcome.MASKED, air.sib("a", 1_900_000_000L).outcome());
        assertEquals(LteReception.Outcome.HEARD, air.sib("a", 2_000_000_000L).outcome(),
                "b is off: the probe camps on a again at once");
    }
}
