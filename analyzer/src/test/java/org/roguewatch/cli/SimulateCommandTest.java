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
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code roguewatch simulate} end to end on the shipped city scenario: the files it writes, exit
 * codes, FILE:LINE errors, and — read back by {@code roguewatch analyze} with the plan it wrote —
 * the blaster found as the one rogue GSM cell at every probe, the LTE catcher found rogue by the LTE
 * detectors where a probe hears it, and every operator LTE cell a probe hears found ok.
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
        assertFalse(city.out().contains("not rendered"), "every emitter of the city is rendered, the LTE catcher too");
        for (String probe : PROBES) {
            assertTrue(Files.size(root.resolve("city").resolve(probe + ".pcap")) > 100_000, probe);
            assertTrue(Files.exists(root.resolve("city").resolve(probe + "-sweep.csv")), probe);
        }
        for (String file : List.of("probes.csv", "plan.csv", "fm-licences.csv", "ground-truth.jsonl")) {
            assertTrue(Files.exists(root.resolve("city").resolve(file)), file);
        }
    }

    /** {@code analyze --json --plan plan.csv} of one probe's pcap: its JSON lines. */
    private static List<Map<String, Object>> analyze(String probe) {
        Path dir = root.resolve("city");
        Run analysis = run("analyze", "--json", "--no-progress", "--plan", dir.resolve("plan.csv").toString(),
                "--probe", probe, dir.resolve(probe + ".pcap").toString());
        assertEquals(0, analysis.status(), analysis.err());
        return analysis.out().lines().map(MiniJson::object).toList();
    }

    private static List<Map<String, Object>> ofType(List<Map<String, Object>> lines, String type) {
        return lines.stream().filter(l -> type.equals(l.get("type"))).toList();
    }

    @Test
    void analyzeWithTheWrittenPlanFindsTheBlasterAsTheOnlyRogueGsmCellAtEveryProbe() {
        for (String probe : PROBES) {
            List<Map<String, Object>> lines = analyze(probe);
            List<Map<String, Object>> cells = ofType(lines, "cell");
            assertTrue(cells.size() >= 10, probe + " hears " + cells.size() + " cells");
            List<Map<String, Object>> rogue = cells.stream().filter(c -> "GSM".equals(c.get("radio")))
                    .filter(c -> "rogue".equals(c.get("verdict"))).toList();
            assertEquals(1, rogue.size(), probe);
            assertEquals(4711L, rogue.get(0).get("lac"));
            assertEquals(999L, rogue.get(0).get("ci"));
            assertEquals(60L, rogue.get(0).get("arfcn"));
            Map<String, Object> summary = ofType(lines, "summary").get(0);
            assertEquals(Map.of(), summary.get("malformed"), probe);
        }
    }

    @Test
    void analyzeFindsTheLteCatcherRogueWhereItIsHeardAndEveryOperatorLteCellOk() throws IOException {
        long catcherEci = 12345678;
        Set<String> heardBy = new TreeSet<>();
        int operatorCells = 0;
        for (String probe : PROBES) {
            List<Map<String, Object>> lines = analyze(probe);
            for (Map<String, Object> cell : ofType(lines, "cell")) {
                if (!"LTE".equals(cell.get("radio")) || cell.get("eci") == null) {
                    continue; // a cell whose SIB1 the probe never decoded (west hears only MIBs) has no identity
                }
                assertEquals("262", cell.get("mcc"));
                Object earfcn = cell.containsKey("earfcn") ? cell.get("earfcn") : cell.get("arfcn");
                if (((Number) cell.get("eci")).longValue() == catcherEci) {
                    heardBy.add(probe);
                    assertEquals("rogue", cell.get("verdict"), probe);
                    assertEquals(4712L, cell.get("tac"));
                    assertEquals(6300L, earfcn);
                } else {
                    operatorCells++;
                    assertEquals("ok", cell.get("verdict"), probe + " " + cell);
                    assertEquals(318L, cell.get("tac"));
                    assertTrue(Set.of(6300L, 1300L).contains(earfcn), cell.toString());
                }
            }
            Set<String> catcherSignatures = new TreeSet<>();
            for (Map<String, Object> finding : ofType(lines, "finding")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> cell = (Map<String, Object>) finding.get("cell");
                if (cell.get("eci") != null && ((Number) cell.get("eci")).longValue() == catcherEci) {
                    catcherSignatures.add((String) finding.get("signature"));
                } else if ("LTE".equals(cell.get("radio"))) {
                    throw new AssertionError(probe + ": a finding on an operator LTE cell: " + finding);
                }
            }
            if (heardBy.contains(probe)) {
                assertTrue(catcherSignatures.containsAll(Set.of("CELL-NOT-IN-PLAN", "LTE-IMSI-REQUEST", "LTE-NULL-CIPHER",
                        "LTE-2G-REDIRECT", "LTE-PRIORITY-DOWNGRADE", "LTE-REJECT-CAUSE", "LTE-PAGING-BY-IMSI")),
                        probe + ": " + catcherSignatures);
            }
        }
        assertTrue(heardBy.contains("east"), "the catcher parks below probe east: " + heardBy);
        assertTrue(operatorCells >= 4, "operator LTE cells heard: " + operatorCells);
        String truth = Files.readAllLines(root.resolve("city").resolve("ground-truth.jsonl")).stream()
                .filter(l -> l.startsWith("{\"type\":\"emitter\",\"id\":\"lte-catcher\"")).findFirst().orElseThrow();
        assertTrue(truth.contains("\"rogue\":true") && truth.contains("\"rendered\":true")
                && truth.contains("rejects attaches with EMM cause #7"), truth);
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
