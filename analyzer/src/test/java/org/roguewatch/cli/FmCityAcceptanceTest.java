package org.roguewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.locate.LocalTangentPlane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 7's acceptance: the fm-city scenario (20 licensed stations, 3 pirates: a free channel, 50 kHz
 * off a licensed frequency, 107.9 MHz with an intermodulation product at 118.5 MHz) simulated, then
 * {@code analyze --probes --licences --json}: each pirate flagged with its signature, no licensed
 * station flagged, each pirate located, its error against the simulator's ground truth logged and bounded.
 */
class FmCityAcceptanceTest {
    private static final Logger LOG = LoggerFactory.getLogger(FmCityAcceptanceTest.class);
    private static final String FM_CITY = Path.of("..", "config", "scenarios", "fm-city.scenario").toString();
    /** Probes stand about 1.3 km apart; a located pirate must fall well inside their spacing. */
    private static final double MAX_ERROR_M = 800;

    @TempDir
    static Path root;

    private static List<Map<String, Object>> lines;
    private static Map<String, Truth> truth;

    private record Truth(String id, long carrierHz, boolean licensed, boolean rogue, double lat, double lon) {
    }


    private static CommandRun run(String... args) {
        return CommandRun.of(List.of(new SimulateCommand(), new AnalyzeCommand(), new LocateCommand()), args);
    }

    @BeforeAll
    static void simulateAndAnalyze() throws IOException {
        Path air = root.resolve("fm-city");
        CommandRun simulated = run("simulate", FM_CITY, "--out", air.toString(), "--no-progress");
        assertEquals(0, simulated.status(), simulated.err());
        long started = System.nanoTime();
        CommandRun analysed = run("analyze", "--probes", air.resolve("probes.csv").toString(), "--licences",
                air.resolve("fm-licences.csv").toString(), "--json", "--no-progress");
        LOG.info("analyze of fm-city (5 probes' pcaps and sweeps): {} ms", (System.nanoTime() - started) / 1_000_000);
        assertEquals(0, analysed.status(), analysed.err());
        lines = new ArrayList<>();
        for (String line : analysed.out().split("\n")) {
            lines.add(MiniJson.object(line));
        }
        truth = groundTruth(air.resolve("ground-truth.jsonl"));
    }

    private static Map<String, Truth> groundTruth(Path file) throws IOException {
        Map<String, Map<String, Object>> emitters = new HashMap<>();
        Map<String, Truth> out = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            Map<String, Object> json = MiniJson.object(line);
            if ("emitter".equals(json.get("type")) && "FM".equals(json.get("radio"))) {
                emitters.put((String) json.get("id"), json);
            } else if ("position".equals(json.get("type")) && emitters.containsKey(json.get("id"))) {
                Map<String, Object> e = emitters.get(json.get("id"));
                out.put((String) e.get("id"), new Truth((String) e.get("id"), ((Number) e.get("carrierHz")).longValue(),
                        (Boolean) e.get("licensed"), (Boolean) e.get("rogue"), ((Number) json.get("lat")).doubleValue(),
                        ((Number) json.get("lon")).doubleValue()));
            }
        }
        return out;
    }

    private static List<Map<String, Object>> ofType(String type) {
        return lines.stream().filter(l -> type.equals(l.get("type"))).toList();
    }

    private static long hz(Map<String, Object> target) {
        return ((Number) target.get("frequencyHz")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> signaturesOn(long carrierHz) {
        Set<String> out = new TreeSet<>();
        for (Map<String, Object> finding : ofType("finding")) {
            Map<String, Object> carrier = (Map<String, Object>) finding.get("carrier");
            if (carrier != null && Math.abs(hz(carrier) - carrierHz) <= 25_000) {
                out.add((String) finding.get("signature"));
            }
        }
        return out;
    }

    private static Map<String, Object> carrierNear(long carrierHz) {
        return ofType("carrier").stream().filter(c -> Math.abs(hz(c) - carrierHz) <= 25_000).findFirst().orElse(null);
    }

    @Test
    void theThreePiratesAreFlaggedWithTheirSignatures() {
        assertEquals(Set.of("FM-UNLICENSED-CARRIER"), signaturesOn(truth.get("freechannel").carrierHz()));
        assertEquals(Set.of("FM-UNLICENSED-CARRIER"), signaturesOn(truth.get("offset").carrierHz()));
        assertEquals(Set.of("FM-UNLICENSED-CARRIER", "FM-AVIATION-RISK", "FM-NIGHT-ONLY"),
                signaturesOn(truth.get("aero").carrierHz()));
        for (String pirate : List.of("freechannel", "offset", "aero")) {
            Map<String, Object> carrier = carrierNear(truth.get(pirate).carrierHz());
            assertNotNull(carrier, pirate);
            assertEquals("rogue", carrier.get("verdict"), pirate);
            assertEquals(false, carrier.get("licensed"), pirate);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void evidenceNamesTheNearbyLicenceAndTheAeronauticalSpur() {
        String offsetEvidence = ofType("finding").stream()
                .filter(f -> f.get("carrier") != null
                        && Math.abs(hz((Map<String, Object>) f.get("carrier")) - 96_150_000) <= 25_000)
                .map(f -> f.get("evidence").toString()).findFirst().orElseThrow();
        assertTrue(offsetEvidence.contains("nearest 96.10 MHz Campusradio Bonn, -50.0 kHz away"), offsetEvidence);
        Map<String, Object> aviation = ofType("finding").stream()
                .filter(f -> "FM-AVIATION-RISK".equals(f.get("signature"))).findFirst().orElseThrow();
        List<Map<String, Object>> evidence = (List<Map<String, Object>>) aviation.get("evidence");
        assertTrue(evidence.stream().anyMatch(e -> "aeronautical.peakDbm".equals(e.get("field"))
                && e.get("expected").toString().contains("peak at 1185")), evidence::toString);
        for (Map<String, Object> item : evidence) {
            assertTrue(item.get("source").toString().endsWith("-sweep.csv"), item::toString);
            assertTrue(((Number) item.get("frame")).longValue() >= 1, "a line of the sweep file: " + item);
        }
    }

    @Test
    void noLicensedStationIsFlaggedAndEveryAudibleOneIsReported() {
        int licensedHeard = 0;
        for (Truth station : truth.values()) {
            if (!station.licensed()) {
                continue;
            }
            assertEquals(Set.of(), signaturesOn(station.carrierHz()), station.id());
            Map<String, Object> carrier = carrierNear(station.carrierHz());
            if (station.id().equals("campus")) {
                assertEquals(null, carrier, "the campus station 65 km away is below the noise here");
                continue;
            }
            assertNotNull(carrier, station.id());
            assertEquals("ok", carrier.get("verdict"), station.id());
            assertEquals(true, carrier.get("licensed"), station.id());
            assertTrue(Math.abs(hz(carrier) - station.carrierHz()) <= 2_000, carrier::toString);
            licensedHeard++;
        }
        assertEquals(19, licensedHeard);
        assertEquals(22, ofType("carrier").size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachPirateIsLocatedNearItsTruePosition() {
        LocalTangentPlane plane = new LocalTangentPlane(51.2277, 6.7735);
        List<Map<String, Object>> locations = ofType("location").stream()
                .filter(l -> "FM".equals(((Map<String, Object>) l.get("target")).get("radio"))).toList();
        assertEquals(3, locations.size(), locations::toString);
        for (String pirate : List.of("freechannel", "offset", "aero")) {
            Truth where = truth.get(pirate);
            Map<String, Object> location = locations.stream()
                    .filter(l -> Math.abs(hz((Map<String, Object>) l.get("target")) - where.carrierHz()) <= 25_000)
                    .findFirst().orElseThrow(() -> new AssertionError("no location for " + pirate));
            assertEquals("located", location.get("status"), location::toString);
            double[] truePoint = plane.toEastNorth(where.lat(), where.lon());
            double[] estimate = plane.toEastNorth(((Number) location.get("lat")).doubleValue(),
                    ((Number) location.get("lon")).doubleValue());
            double error = Math.hypot(estimate[0] - truePoint[0], estimate[1] - truePoint[1]);
            double semiMajor = ((Number) ((Map<String, Object>) location.get("ellipse95")).get("semiMajorM"))
                    .doubleValue();
            LOG.info("FM pirate {} ({} Hz): located {} m from its true position (95 % ellipse semi-major {} m)",
                    pirate, where.carrierHz(), Math.round(error), Math.round(semiMajor));
            assertTrue(error < MAX_ERROR_M, pirate + " located " + error + " m away");
        }
    }

    @Test
    void locateWithLicencesPutsThePiratesOnTheMaps() throws IOException {
        Path air = root.resolve("fm-city");
        Path geojson = root.resolve("fm.geojson");
        Path kml = root.resolve("fm.kml");
        CommandRun located = run("locate", "--probes", air.resolve("probes.csv").toString(), "--plan",
                air.resolve("plan.csv").toString(), "--licences", air.resolve("fm-licences.csv").toString(), "--geojson",
                geojson.toString(), "--kml", kml.toString(), "--no-progress");
        assertEquals(0, located.status(), located.err());
        assertTrue(located.out().contains("FM locations — path loss fitted to"), located.out());
        String map = Files.readString(geojson);
        String earth = Files.readString(kml);
        for (String label : List.of("FM 90.40 MHz", "FM 96.15 MHz", "FM 107.90 MHz")) {
            assertTrue(map.contains("\"target\":\"" + label + "\""), label);
            assertTrue(earth.contains(label), label);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportHeaderListsTheFmDetectorsAndTheSummaryCountsTheSweeps() {
        Map<String, Object> header = lines.get(0);
        assertTrue(header.get("detectors").toString().contains("FM-AVIATION-RISK"), header::toString);
        Map<String, Object> summary = lines.get(lines.size() - 1);
        assertEquals("summary", summary.get("type"));
        Map<String, Object> spectrum = (Map<String, Object>) summary.get("spectrum");
        assertEquals(5, ((List<Object>) spectrum.get("inputs")).size());
        assertEquals(22L, spectrum.get("carriers"));
        assertEquals(Map.of(), spectrum.get("malformed"));
    }
}
