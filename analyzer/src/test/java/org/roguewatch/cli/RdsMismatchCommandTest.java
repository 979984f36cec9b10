package org.roguewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.spectrum.sigmf.FmTestRecording;

/**
 * FM-RDS-MISMATCH through {@code analyze}: the simulator records a station with RDS (PI D3C5); a
 * register naming that PI raises nothing, one naming another PI raises the mismatch with the PI
 * heard as evidence, and a recording without RDS on a channel whose licence names a PI is "absent".
 */
class RdsMismatchCommandTest {
    private static final String SCENARIO = """
            [scenario]
            name = rds
            duration = 1m
            start = 2026-11-24T08:00:00Z
            [area]
            origin = 51.2277, 6.7735
            width_m = 2000
            height_m = 2000
            [spectrum]
            sigmf_station = antenne
            sigmf_seconds = 0.5
            [network]
            layout = hex
            mcc = 262
            mnc = 02
            rings = 0
            sectors = 1
            eirp_dbm = 40
            height_m = 30
            arfcns = 2
            reuse_sites = 1
            [probe north]
            position = 51.2300, 6.7735
            height_m = 25
            [fm antenne]
            name = Antenne
            frequency_mhz = 104.2
            erp_dbm = 57
            position = 51.2410, 6.7990
            height_m = 60
            pi = D3C5
            """;

    @TempDir
    static Path root;

    private static CommandRun run(String... args) {
        return CommandRun.of(List.of(new SimulateCommand(), new AnalyzeCommand()), args);
    }


    @BeforeAll
    static void simulate() throws IOException {
        Path scenario = root.resolve("rds.scenario");
        Files.writeString(scenario, SCENARIO);
        CommandRun simulated = run("simulate", scenario.toString(), "--out", root.resolve("air").toString(), "--no-progress");
        assertEquals(0, simulated.status(), simulated.err());
    }

    private static Path licences(String pi) throws IOException {
        Path file = root.resolve("licences-" + pi + ".csv");
        Files.writeString(file, "frequency_hz,station,lat,lon,erp_dbm,height_m,pi_code\n"
                + "104200000,Antenne,51.2410,6.7990,57,60," + pi + "\n");
        return file;
    }

    @Test
    void licensedPiHeardInTheRecordingRaisesNothing() throws IOException {
        CommandRun run = run("analyze", "--json", "--licences", licences("D3C5").toString(),
                root.resolve("air").resolve("north-antenne.sigmf-meta").toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("\"type\":\"carrier\""), run.out());
        assertFalse(run.out().contains("FM-RDS-MISMATCH\",\"detectorVersion"), run.out());
    }

    @Test
    void anotherPiIsAMismatchWithThePiHeardAsEvidence() throws IOException {
        CommandRun run = run("analyze", "--json", "--licences", licences("D3C6").toString(),
                root.resolve("air").resolve("north-antenne.sigmf-meta").toString());
        assertEquals(0, run.status(), run.err());
        String finding = run.out().lines().filter(l -> l.contains("\"signature\":\"FM-RDS-MISMATCH\"")).findFirst()
                .orElseThrow(() -> new AssertionError(run.out()));
        assertTrue(finding.contains("\"field\":\"rds.pi\",\"value\":\"D3C5\",\"expected\":\"D3C6"), finding);
        assertTrue(finding.contains("\"severity\":\"low\""), finding);
    }

    @Test
    void recordingWithoutRdsOnALicensedChannelIsAbsent() throws IOException {
        Path meta = FmTestRecording.oneStation(104_200_000, -20, -35, 0.5, 9).write(root, "tone");
        CommandRun run = run("analyze", "--json", "--licences", licences("D3C5").toString(), meta.toString());
        assertEquals(0, run.status(), run.err());
        String finding = run.out().lines().filter(l -> l.contains("\"signature\":\"FM-RDS-MISMATCH\"")).findFirst()
                .orElseThrow(() -> new AssertionError(run.out()));
        assertTrue(finding.contains("RDS PI absent, licensed D3C5"), finding);
    }
}
