package org.roguewatch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code roguewatch simulate} end to end on the shipped city scenario: the files it writes, exit
 * codes, FILE:LINE errors, and — read back by {@code roguewatch analyze} with the plan it wrote —
 * the blaster found as the one rogue cell at every probe.
 */
class SimulateCommandTest {
    private static final String CITY = Path.of("..", "config", "scenarios", "city.scenario").toString();
    private static final List<String> PROBES = List.of("north", "east", "south", "west");

    @TempDir
    static Path root;

    private static Run city;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(List.of(new SimulateCommand(), new AnalyzeCommand())).run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void simulateTheCity() {
        city = run("simulate", CITY, "--out", root.resolve("city").toString(), "--no-progress");
    }

    @Test
    void theCityIsWrittenWithOnePcapAndSweepPerProbeAndTheSideFiles() throws IOException {
        assertEquals(0, city.status(), city.err());
        assertTrue(city.out().startsWith("Simulated scenario 'city' (seed 20261124): 30m of scenario time in "), city.out());
        assertTrue(city.out().contains("not rendered yet (LTE): lte-catcher"));
        for (String probe : PROBES) {
            assertTrue(Files.size(root.resolve("city").resolve(probe + ".pcap")) > 100_000, probe);
            assertTrue(Files.exists(root.resolve("city").resolve(probe + "-sweep.csv")), probe);
        }
        for (String file : List.of("probes.csv", "plan.csv", "fm-licences.csv", "ground-truth.jsonl")) {
            assertTrue(Files.exists(root.resolve("city").resolve(file)), file);
        }
    }

    @Test
    void analyzeWithTheWrittenPlanFindsTheBlasterAsTheOnlyRogueAtEveryProbe() {
        Path dir = root.resolve("city");
        for (String probe : PROBES) {
            Run analysis = run("analyze", "--json", "--no-progress", "--plan", dir.resolve("plan.csv").toString(),
                    "--probe", probe, dir.resolve(probe + ".pcap").toString());
            assertEquals(0, analysis.status(), analysis.err());
            List<Map<String, Object>> cells = analysis.out().lines().map(MiniJson::object)
                    .filter(l -> "cell".equals(l.get("type"))).toList();
            assertTrue(cells.size() >= 10, probe + " hears " + cells.size() + " cells");
            List<Map<String, Object>> rogue = cells.stream().filter(c -> "rogue".equals(c.get("verdict"))).toList();
            assertEquals(1, rogue.size(), probe);
            assertEquals(4711L, rogue.get(0).get("lac"));
            assertEquals(999L, rogue.get(0).get("ci"));
            assertEquals(60L, rogue.get(0).get("arfcn"));
            Map<String, Object> summary = analysis.out().lines().map(MiniJson::object)
                    .filter(l -> "summary".equals(l.get("type"))).findFirst().orElseThrow();
            assertEquals(Map.of(), summary.get("malformed"), probe);
        }
    }

    @Test
    void aSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
        Run same = run("simulate", CITY, "--out", root.resolve("same").toString(), "--seed", "20261124");
        Run other = run("simulate", CITY, "--out", root.resolve("other").toString(), "--seed", "1");
        assertEquals(0, same.status(), same.err());
        assertEquals(0, other.status(), other.err());
        byte[] first = Files.readAllBytes(root.resolve("city").resolve("north.pcap"));
        assertArrayEquals(first, Files.readAllBytes(root.resolve("same").resolve("north.pcap")));
        assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(root.resolve("other").resolve("north.pcap"))));
    }

    @Test
    void aBadScenarioExitsOneWithFileLineFieldErrors() throws IOException {
        String text = Files.readString(Path.of(CITY)).replace("eirp_dbm = 40", "eirp_dbm = -40")
                .replace("waypoint = 20m 51.23500, 6.77800", "waypoint = 12m 51.23500, 6.77800");
        Path bad = root.resolve("bad.scenario");
        Files.writeString(bad, text);
        Run run = run("simulate", bad.toString(), "--out", root.resolve("bad").toString());
        assertEquals(1, run.status());
        List<String> lines = run.err().lines().toList();
        assertEquals("roguewatch simulate: " + bad + " has 2 problem(s):", lines.get(0));
        int eirpLine = lineOf(text, "eirp_dbm = -40");
        int waypointLine = lineOf(text, "waypoint = 12m 51.23500, 6.77800");
        assertTrue(lines.contains(bad + ":" + eirpLine + ": field 'eirp_dbm': negative power -40 (dBm of radiated power are 0 or more)"),
                run.err());
        assertTrue(lines.contains(bad + ":" + waypointLine + ": field 'waypoint': track times out of order: 12m is not after"
                + " the waypoint on line " + (waypointLine - 1)), run.err());
        assertFalse(Files.exists(root.resolve("bad")), "nothing is written for a bad scenario");
    }

    private static int lineOf(String text, String line) {
        return text.lines().toList().indexOf(line) + 1;
    }

    @Test
    void commandLineMistakesExitTwoAndAMissingFileOne() {
        assertEquals(2, run("simulate", CITY).status(), "--out is required");
        assertEquals(2, run("simulate", "--out", "x").status(), "a scenario is required");
        assertEquals(2, run("simulate", CITY, "--out", "x", "--seed", "many").status());
        assertEquals(2, run("simulate", CITY, "--out", "x", "--speed", "2").status());
        Run missing = run("simulate", "no-such.scenario", "--out", root.resolve("none").toString());
        assertEquals(1, missing.status());
        assertEquals("roguewatch simulate: no such file: no-such.scenario\n", missing.err());
        assertTrue(run("simulate", "--help").out().contains("Usage: roguewatch simulate SCENARIO --out DIR [--seed N]"));
    }
}
