package org.roguewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@code locate} and {@code analyze --probes} on the simulated city: the blaster's location line,
 * the calibration line, the maps, and clear errors for a bad fleet file.
 */
class LocateCommandTest {
    @TempDir
    static Path city;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(List.of(new AnalyzeCommand(), new LocateCommand(), new SimulateCommand())).run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void simulateTheCity() {
        Run run = run("simulate", Path.of("..", "config", "scenarios", "city.scenario").toString(), "--out",
                city.toString(), "--no-progress");
        assertEquals(0, run.status(), run.err());
    }

    private static String file(String name) {
        return city.resolve(name).toString();
    }

    @Test
    void analyzeWithProbesAddsCalibrationAndLocationLines() {
        Run run = run("analyze", "--json", "--no-progress", "--probes", file("probes.csv"), "--plan", file("plan.csv"));
        assertEquals(0, run.status(), run.err());
        List<Map<String, Object>> lines = run.out().lines().map(MiniJson::object).toList();
        Map<String, Object> calibration = lines.stream().filter(l -> "calibration".equals(l.get("type"))).findFirst()
                .orElseThrow();
        assertEquals(true, calibration.get("fitted"));
        Map<String, Object> location = lines.stream().filter(l -> "location".equals(l.get("type"))).findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) location.get("target");
        assertEquals(999L, target.get("ci"));
        assertEquals("located", location.get("status"));
        assertEquals("rogue", location.get("verdict"));
        double lat = ((Number) location.get("lat")).doubleValue();
        double lon = ((Number) location.get("lon")).doubleValue();
        assertTrue(Math.abs(lat - 51.228) < 0.02 && Math.abs(lon - 6.772) < 0.03, lat + ", " + lon);
        @SuppressWarnings("unchecked")
        Map<String, Object> ellipse = (Map<String, Object>) location.get("ellipse95");
        assertTrue(((Number) ellipse.get("semiMajorM")).doubleValue() > 0);
        assertTrue(location.get("crlbM") instanceof Number);
        assertEquals(List.of("north", "east", "south", "west"), location.get("probes"));
        assertTrue(lines.stream().anyMatch(l -> "finding".equals(l.get("type"))
                && "MOVING-EMITTER".equals(l.get("signature"))), "the blaster drives through the city");
        assertEquals("summary", lines.get(lines.size() - 1).get("type"));
    }

    @Test
    void locateWritesGeoJsonAndKmlAndSaysWhereTheyAre() throws Exception {
        Path geojson = city.resolve("rogue.geojson");
        Path kml = city.resolve("rogue.kml");
        Run run = run("locate", "--probes", file("probes.csv"), "--plan", file("plan.csv"), "--geojson",
                geojson.toString(), "--kml", kml.toString(), "--no-progress");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("262-02-4711-999 ARFCN 60"), run.out());
        assertTrue(run.out().contains("MOVING-EMITTER"), run.out());
        assertTrue(run.out().contains("GeoJSON (RFC 7946): " + geojson), run.out());
        Map<String, Object> collection = MiniJson.object(Files.readString(geojson));
        assertEquals("FeatureCollection", collection.get("type"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> features = (List<Map<String, Object>>) collection.get("features");
        Map<String, Object> emitter = features.stream().filter(f -> "emitter".equals(properties(f).get("kind")))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) ((Map<String, Object>) emitter.get("geometry")).get("coordinates");
        assertTrue(point.get(0).doubleValue() < 10 && point.get(1).doubleValue() > 50, "[lon, lat]: " + point);
        assertTrue(features.stream().anyMatch(f -> "track".equals(properties(f).get("kind"))));
        assertEquals(4, features.stream().filter(f -> "probe".equals(properties(f).get("kind"))).count());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(kml.toFile());
        assertEquals("http://www.opengis.net/kml/2.2", document.getDocumentElement().getNamespaceURI());
        assertTrue(document.getElementsByTagNameNS("http://www.opengis.net/kml/2.2", "Placemark").getLength() >= 6);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> feature) {
        return (Map<String, Object>) feature.get("properties");
    }

    @Test
    void aBadFleetFileNamesFileLineAndField() throws Exception {
        Path bad = city.resolve("bad-probes.csv");
        Files.writeString(bad, "probe,pcap,lat,lon\nnorth,north.pcap,95,6.77\n");
        Run run = run("locate", "--probes", bad.toString(), "--no-progress");
        assertEquals(1, run.status());
        assertTrue(run.err().contains(bad + ":2: field 'lat': "), run.err());
        Path missing = city.resolve("missing-capture.csv");
        Files.writeString(missing, "probe,pcap,lat,lon\nnorth,nowhere.pcap,51.2,6.77\n");
        Run second = run("locate", "--probes", missing.toString(), "--no-progress");
        assertEquals(1, second.status());
        assertTrue(second.err().contains("nowhere.pcap: no such file"), second.err());
        assertEquals(2, run("locate", "--no-progress").status(), "--probes is required");
    }
}
