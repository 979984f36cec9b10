package org.roguewatch.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.sim.propagation.LinkBudget;
import org.roguewatch.sim.scenario.FmStation;
import org.roguewatch.sim.scenario.Probe;
import org.roguewatch.sim.scenario.Scenario;

/** The rtl_power sweeps: the exact line format, the noise floor, and each FM station where and when it is. */
class SpectrumSweepTest {
    /** rtl_power's line: date, time, Hz low, Hz high, Hz step (2 decimals), samples, then dB values (2 decimals). */
    private static final Pattern LINE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}, \\d{2}:\\d{2}:\\d{2}, \\d+, \\d+, \\d+\\.\\d{2}, \\d+(, -?\\d+\\.\\d{2})+");

    @TempDir
    static Path directory;

    private static Scenario scenario;
    private static List<Sweep> sweeps;

    /** One parsed line. */
    private record Sweep(String stamp, long low, long high, double step, int samples, double[] db) {
        double at(long hz) {
            return db[(int) ((hz - low) / step)];
        }
    }

    @BeforeAll
    static void simulate() throws IOException {
        scenario = TestScenarios.town();
        SimulationSummary summary = SimulatedAir.run(scenario, directory, SimulationListener.NONE);
        sweeps = new ArrayList<>();
        for (String line : Files.readAllLines(summary.probes().get(0).sweep())) {
            assertTrue(LINE.matcher(line).matches(), line);
            String[] f = line.split(", ");
            double[] db = new double[f.length - 6];
            for (int i = 0; i < db.length; i++) {
                db[i] = Double.parseDouble(f[6 + i]);
            }
            sweeps.add(new Sweep(f[0] + " " + f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), Double.parseDouble(f[4]),
                    Integer.parseInt(f[5]), db));
        }
    }

    @Test
    void linesCoverTheBandInHopsWithOneValuePerBin() {
        // 4 minutes, a sweep every 30 s, 10 hops of 2.05 MHz from 87.5 to 108 MHz.
        assertEquals(8 * 10, sweeps.size());
        assertEquals("2026-11-24 08:00:00", sweeps.get(0).stamp());
        assertEquals("2026-11-24 08:00:30", sweeps.get(10).stamp());
        for (int i = 0; i < 10; i++) {
            Sweep s = sweeps.get(i);
            assertEquals(87_500_000 + i * 2_050_000L, s.low());
            assertEquals(s.low() + 2_050_000, s.high());
            assertEquals(10_000.0, s.step());
            assertEquals(64, s.samples());
            assertEquals(205, s.db().length);
        }
    }

    @Test
    void quietBinsSitAtTheNoiseFloor() {
        double sum = 0;
        int n = 0;
        for (Sweep s : sweeps) {
            if (s.low() == 93_650_000L) { // 93.65..95.70 MHz: no station near
                for (double v : s.db()) {
                    sum += v;
                    n++;
                }
            }
        }
        // Mean of 10^(N(-100, 0.5)/10) in dB is -100 + 0.5² ln10 / 20 ≈ -99.97.
        assertEquals(-100, sum / n, 0.1);
    }

    @Test
    void aStationShowsItsReceivedPowerAroundItsCarrierAndOnlyWhenOn() {
        Probe centre = scenario.probes().get(0);
        LinkBudget budget = new LinkBudget(scenario);
        FmStation licensed = scenario.fmStations().get(0);
        FmStation pirate = scenario.fmStations().get(1);
        double licensedDbm = budget.receivedDbm(licensed, centre, 0);
        double pirateDbm = budget.receivedDbm(pirate, centre, 0);
        for (int sweep = 0; sweep < 8; sweep++) {
            double total = 0;
            Sweep hop = hopWith(sweep, licensed.carrierHz());
            for (long hz = licensed.carrierHz() - 200_000; hz < licensed.carrierHz() + 200_000; hz += 10_000) {
                total += Math.pow(10, hop.at(hz) / 10) - Math.pow(10, -100.0 / 10);
            }
            assertEquals(licensedDbm, 10 * Math.log10(total), 0.1, "sweep " + sweep + ": the bins add up to the level");
            double peak = hopWith(sweep, pirate.carrierHz()).at(pirate.carrierHz());
            boolean on = sweep >= 2 && sweep < 6; // the pirate transmits 1m-3m
            assertEquals(on, peak > -95, "sweep " + sweep + " pirate peak " + peak);
        }
        assertTrue(pirateDbm > -90, "the test needs the pirate well above the floor: " + pirateDbm);
    }

    private static Sweep hopWith(int sweep, long hz) {
        return sweeps.subList(sweep * 10, sweep * 10 + 10).stream().filter(s -> s.low() <= hz && hz < s.high())
                .findFirst().orElseThrow();
    }
}
