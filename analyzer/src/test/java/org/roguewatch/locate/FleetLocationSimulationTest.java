package org.roguewatch.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.detect.CellAssessment;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.Verdict;
import org.roguewatch.sim.SimulatedAir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Localization end to end on the simulator's air: the shipped drive-by scenario (an SMS blaster at
 * 30 km/h through eight probes) is simulated, analysed as a fleet and located; the track is compared
 * with the scenario's ground truth. A second scenario parks a clone of a planned cell on another
 * ARFCN: CLONED-IDENTITY.
 */
class FleetLocationSimulationTest {
    private static final Logger LOG = LoggerFactory.getLogger(FleetLocationSimulationTest.class);
    private static final Path DRIVE_BY = SimulatedFleet.DRIVE_BY;

    private static TargetLocation target(AnalysisResult result, long ci) {
        return result.located().targets().stream().filter(t -> Long.valueOf(ci).equals(t.assessment().cell().ref().cellId()))
                .findFirst().orElseThrow(() -> new AssertionError("cell " + ci + " was not a target"));
    }

    @Test
    void aBlasterDrivingThroughEightProbesIsTrackedAndFlaggedMoving(@TempDir Path out) throws Exception {
        AnalysisResult result = SimulatedFleet.simulateAndLocate(DRIVE_BY, out);
        TargetLocation blaster = target(result, 999);
        assertEquals(Verdict.ROGUE, blaster.assessment().verdict());
        Finding moving = blaster.assessment().findings().stream().filter(f -> f.signature().equals("MOVING-EMITTER"))
                .findFirst().orElseThrow(() -> new AssertionError(blaster.assessment().findings().toString()));
        assertTrue(blaster.track().size() >= 8, "a fix for most of its 12 minutes: " + blaster.track().size());
        assertNotNull(blaster.geo());
        assertEquals("kalman-rts-track", blaster.geo().method());

        double[] errors = SimulatedFleet.trackErrors(result, blaster,
                SimulatedFleet.truth(out.resolve(SimulatedAir.GROUND_TRUTH), "blaster"));
        double median = errors[errors.length / 2];
        LOG.info("drive-by track: {} points, median error {} m, 90th percentile {} m; {}", errors.length,
                Math.round(median), Math.round(errors[(int) (0.9 * errors.length)]), moving.summary());
        assertTrue(median < 500, "median track error " + median + " m: " + Arrays.toString(errors));

        for (CellAssessment cell : result.assessments()) {
            if (!Long.valueOf(999).equals(cell.cell().ref().cellId())) {
                assertEquals(Verdict.OK, cell.verdict(), cell.cell() + " " + cell.findings());
            }
        }
        assertTrue(result.located().calibration().fitted(), result.located().calibration().note());
        assertEquals(3.5, result.located().calibration().model().exponent(), 0.5,
                "the scenario's exponent, found from the planned cells");
    }

    @Test
    void aCloneOfAPlannedCellParkedElsewhereIsClonedIdentity(@TempDir Path out) throws Exception {
        String driveBy = Files.readString(DRIVE_BY);
        String scenario = driveBy.substring(0, driveBy.indexOf("[rogue blaster]")).replace("seed = 30", "seed = 31")
                + "[rogue clone]\nradio = GSM\nclone = site1-2\narfcn = 70\neirp_dbm = 37\nheight_m = 10\n"
                + "schedule = 2m-20m\nposition = 51.22300, 6.76200\n";
        Path file = out.resolve("clone.scenario");
        Files.writeString(file, scenario);
        AnalysisResult result = SimulatedFleet.simulateAndLocate(file, out.resolve("air"));
        TargetLocation clone = result.located().targets().stream()
                .filter(t -> t.assessment().cell().channel() == 70).findFirst().orElseThrow();
        List<String> signatures = clone.assessment().findings().stream().map(Finding::signature).toList();
        assertTrue(signatures.containsAll(List.of("CELL-PLAN-MISMATCH", "CLONED-IDENTITY")), signatures.toString());
        assertTrue(clone.track().isEmpty(), "parked: no track");
        LocalTangentPlane plane = result.located().plane();
        double[] truth = plane.toEastNorth(51.223, 6.762);
        LocationEstimate estimate = ((LocateResult.Located) clone.result()).estimate();
        assertTrue(estimate.ellipse95().contains(truth[0] - estimate.east(), truth[1] - estimate.north()),
                "the 95 % ellipse holds the clone: error " + estimate.errorTo(truth[0], truth[1]) + " m, ellipse "
                        + estimate.ellipse95());
    }

    @Test
    void oneDriveTestReceiverLocatesAParkedCellFromItsRoute(@TempDir Path out) throws Exception {
        String driveBy = Files.readString(SimulatedFleet.DRIVE_BY);
        String network = driveBy.substring(0, driveBy.indexOf("[probe centre]")).replace("name = drive-by",
                "name = drive-test");
        String scenario = network + "[probe van]\nwaypoint = 0m 51.22000, 6.75500\nwaypoint = 5m 51.22000, 6.79000\n"
                + "waypoint = 10m 51.23500, 6.79000\nwaypoint = 15m 51.23500, 6.75500\n"
                + "waypoint = 20m 51.22000, 6.75500\nheight_m = 2\n\n"
                + "[rogue parked]\nradio = GSM\nmcc = 262\nmnc = 02\nlac = 4711\nci = 998\narfcn = 70\neirp_dbm = 37\n"
                + "height_m = 10\nschedule = 0m-20m\nposition = 51.22700, 6.77000\nt3212 = 0\n";
        Path file = out.resolve("drive-test.scenario");
        Files.writeString(file, scenario);
        AnalysisResult result = SimulatedFleet.simulateAndLocate(file, out.resolve("air"));
        assertEquals(1, result.roster().size());
        assertTrue(result.roster().get(0).moving());
        TargetLocation parked = result.located().targets().stream()
                .filter(t -> Long.valueOf(998).equals(t.assessment().cell().ref().cellId())).findFirst().orElseThrow();
        LocationEstimate estimate = ((LocateResult.Located) parked.result()).estimate();
        assertTrue(estimate.probes().size() >= 10, "one measurement per minute of the route: " + estimate.probes());
        double[] truth = result.located().plane().toEastNorth(51.227, 6.770);
        assertTrue(estimate.errorTo(truth[0], truth[1]) < 400, "error " + estimate.errorTo(truth[0], truth[1]));
        for (CellAssessment cell : result.assessments()) {
            if (!Long.valueOf(998).equals(cell.cell().ref().cellId())) {
                assertEquals(Verdict.OK, cell.verdict(), "the network's cells, heard from a van: " + cell.cell()
                        + " " + cell.findings());
            }
        }
    }
}
