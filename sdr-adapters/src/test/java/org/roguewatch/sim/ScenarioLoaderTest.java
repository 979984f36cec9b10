package org.roguewatch.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.lte.nas.IdentityType2;
import org.roguewatch.sim.scenario.Emitter;
import org.roguewatch.sim.scenario.FmStation;
import org.roguewatch.sim.scenario.GsmCell;
import org.roguewatch.sim.scenario.LteCell;
import org.roguewatch.sim.scenario.Radio;
import org.roguewatch.sim.scenario.Scenario;
import org.roguewatch.sim.scenario.ScenarioException;
import org.roguewatch.sim.scenario.ScenarioLoader;

/** The scenario format: what a good file yields, and FILE:LINE: field errors for bad ones. */
class ScenarioLoaderTest {
    @TempDir
    Path directory;

    /** The problems of {@code text}, each as FILE:LINE: field 'KEY': what. */
    private static List<String> problems(String text) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse("bad.scenario", List.of(text.split("\n", -1)), null));
        return e.problems().stream().map(Object::toString).toList();
    }

    /** The town with {@code line} added right after the line {@code after}; returns text and the new line's number. */
    private static Edit insert(String after, String line) {
        List<String> lines = new ArrayList<>(Arrays.asList(TestScenarios.TOWN.split("\n", -1)));
        int index = lines.indexOf(after);
        assertTrue(index >= 0, after);
        lines.add(index + 1, line);
        return new Edit(String.join("\n", lines), index + 2);
    }

    private static Edit replace(String old, String line) {
        List<String> lines = new ArrayList<>(Arrays.asList(TestScenarios.TOWN.split("\n", -1)));
        int index = lines.indexOf(old);
        assertTrue(index >= 0, old);
        lines.set(index, line);
        return new Edit(String.join("\n", lines), index + 1);
    }

    private record Edit(String text, int line) {
    }

    @Test
    void theShippedCityLoadsWithItsNetworkProbesRoguesAndStations() {
        Scenario city = TestScenarios.city();
        assertEquals("city", city.name());
        assertEquals(Duration.ofMinutes(30), city.duration());
        assertEquals(21, city.gsmCells().size(), "7 sites x 3 sectors");
        assertEquals(4, city.probes().size());
        assertEquals(List.of("blaster", "lte-catcher"), city.rogues().stream().map(Emitter::id).toList());
        assertEquals(4, city.fmStations().size());
        GsmCell blaster = (GsmCell) city.rogues().get(0);
        assertTrue(blaster.track().mobile());
        assertEquals(List.of(MobileIdentity.Type.IMSI, MobileIdentity.Type.IMEI), blaster.behaviour().identityRequests());
        assertEquals(13, blaster.behaviour().luRejectCause());
        assertEquals(List.of(), blaster.neighbours());
        assertTrue(blaster.rogueReasons().contains("empty neighbour list"), blaster.rogueReasons().toString());
        assertTrue(blaster.rogueReasons().stream().anyMatch(r -> r.startsWith("identity 262-02-4711-999 is not in")));
        LteCell lte = (LteCell) city.rogues().get(1);
        assertEquals(Radio.LTE, lte.radio());
        assertEquals(60, lte.redirectArfcn());
        assertEquals(List.of(IdentityType2.IMSI), lte.behaviour().identityRequests());
        assertTrue(lte.behaviour().nullSecurity());
        assertEquals(7, lte.behaviour().attachRejectCause());
        assertEquals(7, lte.parameters().geranPriority());
        assertEquals(List.of("262029876543210", "262020123456789"), lte.behaviour().pagingImsis());
        assertEquals(42, city.lteCells().size(), "7 sites x 3 sectors x 2 carriers");
        city.lteCells().forEach(c -> {
            assertFalse(c.rogue());
            assertEquals(318, c.tac(), "TACs follow the LACs");
            assertEquals(c.site(), "site" + (c.eci() / 256 - 4099), "eNB id 4100 at site 1");
            assertEquals(List.of(10588), c.parameters().utraNeighbours());
            assertEquals(56, c.eirpDbm(), "lte_eirp_dbm; the GSM cells keep eirp_dbm 58");
            assertFalse(c.parameters().prefersLegacyRat());
        });
        assertEquals(2, city.fmStations().stream().filter(FmStation::rogue).count(), "the pirate and the off-frequency one");
        city.gsmCells().forEach(c -> {
            assertFalse(c.rogue());
            assertEquals(8, c.neighbours().size(), c.id());
            assertEquals(318, c.lac());
        });
    }

    @Test
    void anEarfcnMustFitTheFourteenBitArfcnFieldOfGsmtap() throws IOException {
        String tooLarge = "does not fit the 14-bit ARFCN field of GSMTAP (at most 16383)";
        Edit rogue = replace("earfcn = 6300", "earfcn = 38000");
        assertEquals(List.of("bad.scenario:" + rogue.line() + ": field 'earfcn': EARFCN 38000 " + tooLarge),
                problems(rogue.text()));
        Edit layer = insert("eutran_neighbours = 6300", "lte_earfcns = 6300, 37900");
        assertEquals(List.of("bad.scenario:" + layer.line() + ": field 'lte_earfcns': EARFCN 37900 " + tooLarge),
                problems(layer.text()));
        Edit unknown = replace("earfcn = 6300", "earfcn = 5000");
        assertTrue(problems(unknown.text()).get(0).endsWith("field 'earfcn': EARFCN 5000 is not in a band the simulator"
                + " knows (1, 3, 7, 8, 20, 28, 38)"));

        Path plan = directory.resolve("plan.csv");
        Files.writeString(plan, """
                radio,mcc,mnc,lac_tac,ci_eci,arfcn_earfcn,lat,lon
                GSM,262,02,318,11225,725,51.2274,6.7735
                LTE,262,02,318,40985857,38000,51.2274,6.7735
                """);
        Path file = directory.resolve("s.scenario");
        Files.writeString(file, TestScenarios.TOWN.substring(0, TestScenarios.TOWN.indexOf("[network]"))
                + "[network]\nplan = plan.csv\n" + TestScenarios.TOWN.substring(TestScenarios.TOWN.indexOf("[probe centre]"))
                .replace("clone = site3-2", "clone = 262-02-318-11225"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals(plan + ":3: field 'arfcn_earfcn': EARFCN 38000 " + tooLarge, e.problems().get(0).toString());
    }

    @Test
    void anLteRoguesActsNeedUesAndItsPagingNeedsImsis() {
        List<String> noUes = problems(TestScenarios.TOWN.replace("redirect_arfcn = 70\nphones_per_minute = 2",
                "redirect_arfcn = 70\nnull_security = yes"));
        assertEquals(2, noUes.size(), noUes.toString());
        assertTrue(noUes.get(0).endsWith("field 'null_security': acts on the UEs the cell serves: needs phones_per_minute"
                + " above 0"), noUes.toString());
        assertTrue(noUes.get(1).endsWith("field 'redirect_arfcn': acts on the UEs the cell serves: needs phones_per_minute"
                + " above 0"), noUes.toString());
        Edit paging = insert("redirect_arfcn = 70", "paging_per_minute = 3");
        assertEquals(List.of("bad.scenario:" + paging.line() + ": field 'paging_per_minute': an LTE rogue pages by IMSI"
                + " (it knows no subscriber's S-TMSI): give paging_imsis"), problems(paging.text()));
        Edit imsi = insert("redirect_arfcn = 70", "paging_imsis = 26202123, 12ab");
        assertEquals(List.of("bad.scenario:" + imsi.line() + ": field 'paging_imsis': '12ab' is not an IMSI (6 to 15 digits)"),
                problems(imsi.text()));
        Edit cause = insert("redirect_arfcn = 70", "attach_reject_cause = 0");
        assertEquals(List.of("bad.scenario:" + cause.line() + ": field 'attach_reject_cause': 0 is outside 1..255"),
                problems(cause.text()));
        Edit cipher = insert("redirect_arfcn = 70", "cipher = A5/1");
        assertTrue(problems(cipher.text()).get(0).endsWith("field 'cipher': a GSM key in an LTE rogue (radio = LTE)"));
        Edit lteKey = insert("lu_reject_cause = 13", "attach_reject_cause = 7");
        assertTrue(problems(lteKey.text()).get(0).endsWith("field 'attach_reject_cause': an LTE key in a GSM rogue"
                + " (set radio = LTE)"));
    }

    @Test
    void theLteLayerKeysBelongToTheHexLayout() {
        String text = TestScenarios.TOWN.replace("layout = hex", "plan = x.csv").replace("eutran_neighbours = 6300",
                "eutran_neighbours = 6300\nlte_earfcns = 6300\ntac_first = 5");
        List<String> problems = problems(text);
        assertTrue(problems.stream().anyMatch(p -> p.endsWith("field 'lte_earfcns': only with layout = hex (the plan gives"
                + " the cells)")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.endsWith("field 'tac_first': only with layout = hex (the plan gives"
                + " the cells)")), problems.toString());
        Scenario layered = TestScenarios.parse(TestScenarios.TOWN.replace("eutran_neighbours = 6300",
                "eutran_neighbours = 6300\nlte_earfcns = 1300\ntac_first = 500\nenb_id_first = 77"));
        assertEquals(21, layered.lteCells().size());
        LteCell first = layered.lteCells().get(0);
        assertEquals("site1-1-1300", first.id());
        assertEquals(77 * 256 + 1, first.eci());
        assertEquals(500, first.tac());
        assertEquals(0, first.pci());
        assertEquals(List.of(), first.eutraNeighbours(), "a single LTE carrier: no SIB5");
        assertEquals(8, first.geranNeighbours().size(), "the GSM carriers of the eight nearest GSM cells");
        layered.gsmCells().stream().filter(g -> g.site().equals("site1"))
                .forEach(g -> assertTrue(first.geranNeighbours().contains(g.arfcn()), "co-sited GSM carrier " + g.arfcn()));
        List<String> clash = problems(TestScenarios.TOWN.replace("eutran_neighbours = 6300",
                "eutran_neighbours = 6300\nlte_earfcns = 1300").replace("[rogue lte]", "[rogue site1-1-1300]"));
        assertTrue(clash.stream().anyMatch(p -> p.endsWith("id 'site1-1-1300' is also a cell of the network")), clash.toString());
    }

    @Test
    void aClonedRogueTakesItsCellsIdentityAndSaysSo() {
        Scenario town = TestScenarios.town();
        GsmCell clone = (GsmCell) town.rogues().stream().filter(r -> r.id().equals("clone")).findFirst().orElseThrow();
        GsmCell original = town.gsmCells().stream().filter(c -> c.id().equals("site3-2")).findFirst().orElseThrow();
        assertEquals(original.cgi(), clone.cgi());
        assertEquals(80, clone.arfcn());
        assertEquals(original.bsic(), clone.bsic());
        assertEquals("clones the identity of site3-2 (" + original.cgi() + ") on ARFCN 80 instead of its planned "
                + original.arfcn(), clone.rogueReasons().get(0));
        assertTrue(clone.rogueReasons().contains("commands A5/1 without authentication"));
    }

    @Test
    void anUnknownKeyIsAnErrorNamingFileLineAndKey() {
        Edit edit = insert("[probe centre]", "colour = red");
        assertEquals(List.of("bad.scenario:" + edit.line()
                + ": field 'colour': unknown key in [probe centre] (known: height_m, position, schedule, waypoint)"),
                problems(edit.text()));
    }

    @Test
    void aNegativePowerIsAnError() {
        Edit edit = replace("eirp_dbm = 35", "eirp_dbm = -3");
        assertEquals(List.of("bad.scenario:" + edit.line()
                + ": field 'eirp_dbm': negative power -3 (dBm of radiated power are 0 or more)"), problems(edit.text()));
        Edit fm = replace("erp_dbm = 30", "erp_dbm = -0.5");
        assertEquals(List.of("bad.scenario:" + fm.line()
                + ": field 'erp_dbm': negative power -0.5 (dBm of radiated power are 0 or more)"), problems(fm.text()));
    }

    @Test
    void trackTimesOutOfOrderAreAnError() {
        Edit edit = replace("waypoint = 4m 51.2250, 6.7900", "waypoint = 1m 51.2250, 6.7900");
        assertEquals(List.of("bad.scenario:" + edit.line() + ": field 'waypoint': track times out of order: 1m is not after"
                + " the waypoint on line " + (edit.line() - 1)), problems(edit.text()));
    }

    @Test
    void aProbeOutsideTheAreaIsAnError() {
        Edit edit = replace("position = 51.2280, 6.7740", "position = 51.4000, 6.7740");
        List<String> problems = problems(edit.text());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("bad.scenario:" + edit.line()
                + ": field 'position': 51.400000,6.774000 is outside the area ("), problems.get(0));
        Edit moving = replace("waypoint = 3m30s 51.2300, 6.7800", "waypoint = 3m30s 51.2300, 6.9000");
        assertTrue(problems(moving.text()).get(0).startsWith("bad.scenario:" + moving.line() + ": field 'waypoint': "),
                "a rogue's track stays in the area too");
    }

    @Test
    void badNumbersAndValuesNameTheirKey() {
        Edit garbage = insert("[propagation]", "x");
        assertEquals(List.of("bad.scenario:" + garbage.line() + ": expected 'key = value' or a [section], got 'x'"),
                problems(garbage.text()));
        Edit exponent = insert("[propagation]", "exponent = 3,5");
        assertEquals(List.of("bad.scenario:" + exponent.line() + ": field 'exponent': '3,5' is not a number"),
                problems(exponent.text()));
        Edit range = insert("[propagation]", "exponent = 9");
        assertEquals(List.of("bad.scenario:" + range.line() + ": field 'exponent': 9 is outside 1.5..6"), problems(range.text()));
        Edit duration = replace("duration = 4m", "duration = four minutes");
        assertEquals(List.of("bad.scenario:" + duration.line()
                + ": field 'duration': 'four minutes' is not a duration (e.g. 90s, 30m, 1h30m, 00:05:00)"),
                problems(duration.text()));
        Edit cipher = replace("cipher = A5/1", "cipher = A5/9");
        assertEquals(List.of("bad.scenario:" + cipher.line() + ": field 'cipher': 'A5/9' is not A5/0, A5/1, A5/2 or A5/3"),
                problems(cipher.text()));
        Edit arfcn = replace("arfcn = 70", "arfcn = 300");
        assertEquals(List.of("bad.scenario:" + arfcn.line() + ": field 'arfcn': ARFCN 300 is not in GSM 900 or DCS 1800"),
                problems(arfcn.text()));
    }

    @Test
    void structuralMistakesAreReportedAllAtOnce() {
        String text = TestScenarios.TOWN.replace("[render]", "[rendering]").replace("duration = 4m\n", "")
                .replace("[probe van]", "[probe centre]").replace("t3212 = 0", "t3212 = 0\nt3212 = 1");
        List<String> problems = problems(text);
        assertTrue(problems.stream().anyMatch(p -> p.matches("bad\\.scenario:\\d+: unknown section \\[rendering\\].*")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.matches("bad\\.scenario:1: field 'duration': missing in \\[scenario\\]")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.matches("bad\\.scenario:\\d+: id 'centre' is also used on line \\d+")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.matches("bad\\.scenario:\\d+: field 't3212': given twice in \\[rogue blaster\\] \\(first on line \\d+\\)")), problems.toString());
        assertTrue(problems.size() >= 4);
    }

    @Test
    void rogueAndSmsConsistencyIsChecked() {
        List<String> problems = problems(TestScenarios.TOWN.replace("sms_sender = 95588\n", ""));
        assertTrue(problems.get(0).endsWith("field 'sms_text': an SMS needs sms_sender"), problems.toString());
        List<String> clone = problems(TestScenarios.TOWN.replace("clone = site3-2", "clone = site9-9"));
        assertTrue(clone.get(0).contains("field 'clone': no legitimate GSM cell 'site9-9'"), clone.toString());
        List<String> lteKey = problems(TestScenarios.TOWN.replace("redirect_arfcn = 70", "redirect_arfcn = 70\nsms_text = hi"));
        assertTrue(lteKey.get(0).endsWith("field 'sms_text': a GSM key in an LTE rogue (radio = LTE)"), lteKey.toString());
        List<String> overlap = problems(TestScenarios.TOWN.replace("schedule = 1m-3m", "schedule = 1m-3m\nschedule = 2m-4m"));
        assertTrue(overlap.get(0).endsWith("field 'schedule': window '2m-4m' overlaps or precedes the previous one (windows go in time order)"),
                overlap.toString());
    }

    @Test
    void aPlanFileGivesTheNetworkAndItsBadRowsAreReportedByPlanLine() throws IOException, ScenarioException {
        Path plan = directory.resolve("plan.csv");
        Files.writeString(plan, """
                # a plan
                radio,mcc,mnc,lac_tac,ci_eci,arfcn_earfcn,bsic_pci,lat,lon,azimuth_deg,beamwidth_deg,eirp_dbm,height_m
                GSM,262,02,318,11225,725,5-2,51.2274,6.7735,60,65,58,32
                GSM,262,02,318,11226,731,,51.2274,6.7735,180,65,,
                LTE,262,02,45101,40985857,6300,123,51.2274,6.7735,60,65,61.5,32
                """);
        String network = """
                [network]
                plan = plan.csv
                t3212 = 20
                """;
        String text = TestScenarios.TOWN.substring(0, TestScenarios.TOWN.indexOf("[network]")) + network
                + TestScenarios.TOWN.substring(TestScenarios.TOWN.indexOf("[probe centre]"))
                .replace("clone = site3-2", "clone = 262-02-318-11226");
        Path file = directory.resolve("s.scenario");
        Files.writeString(file, text);
        Scenario scenario = ScenarioLoader.load(file);
        assertEquals(2, scenario.gsmCells().size());
        assertEquals(1, scenario.lteCells().size());
        assertEquals(42, scenario.gsmCells().get(0).bsic());
        assertEquals(58, scenario.gsmCells().get(1).eirpDbm(), "a blank EIRP takes the network's default");
        assertEquals(List.of(731), scenario.gsmCells().get(0).neighbours());
        assertEquals(20, scenario.gsmCells().get(0).si().t3212());

        Files.writeString(plan, Files.readString(plan).replace("GSM,262,02,318,11226,731", "GSM,262,02,abc,11226,731"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals(plan + ":4: field 'lac_tac': 'abc' is not a whole number", e.problems().get(0).toString());
    }

    @Test
    void aSigmfRecordingMustNameAStationAndProbeOfTheScenario() {
        Edit station = insert("[spectrum]", "sigmf_station = radio9");
        assertEquals(List.of("bad.scenario:" + station.line() + ": field 'sigmf_station': no [fm radio9] in the scenario"),
                problems(station.text()));
        Edit lonely = insert("[spectrum]", "sigmf_seconds = 1");
        assertEquals(List.of("bad.scenario:" + lonely.line() + ": field 'sigmf_seconds': needs sigmf_station = FM ID"),
                problems(lonely.text()));
        Scenario ok = TestScenarios.parse(insert("[spectrum]", "sigmf_station = pirate").text());
        assertEquals("centre", ok.spectrum().sigmf().probeId(), "the first probe by default");
    }

    @Test
    void generatorKeysWithAPlanAreErrors() {
        String text = TestScenarios.TOWN.replace("layout = hex", "layout = hex\nplan = x.csv");
        List<String> problems = problems(text);
        assertTrue(problems.get(0).endsWith("field 'layout': give either plan = FILE or layout = hex, not both"), problems.toString());
    }

    @Test
    void randomLinesNeverEscapeAsAnythingButScenarioProblems() {
        String[] pieces = {"[", "]", "=", "scenario", "probe", "rogue x", "fm y", "network", "area", "position", "waypoint",
            "51.2, 6.7", "-3", "1e400", "NaN", "5m-1m", "#", "\uFEFF", "clone", "radio = LTE", "eirp_dbm", "arfcn",
            "layout = hex", "mcc = 262", "duration = 1m", "origin = 0, 0", "width_m = 10", "∞", "\t", " ", "1..", ","};
        Random random = new Random(42);
        for (int run = 0; run < 2000; run++) {
            List<String> lines = new ArrayList<>();
            int count = random.nextInt(30);
            for (int i = 0; i < count; i++) {
                StringBuilder line = new StringBuilder();
                for (int j = random.nextInt(5); j >= 0; j--) {
                    line.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
                }
                lines.add(line.toString());
            }
            try {
                ScenarioLoader.parse("fuzz.scenario", lines, directory);
            } catch (ScenarioException e) {
                assertFalse(e.problems().isEmpty());
                e.problems().forEach(p -> assertTrue(p.toString().startsWith("fuzz.scenario:"), p.toString()));
            }
        }
    }

    @Test
    void aSeedOverrideChangesOnlyTheSeed() {
        Scenario town = TestScenarios.town();
        Scenario other = town.withSeed(8);
        assertEquals(8, other.seed());
        assertNotEquals(town.seed(), other.seed());
        assertEquals(town.emitters(), other.emitters());
    }
}
