package org.roguewatch.locate.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.locate.report.GeoEllipse;
import org.roguewatch.locate.report.LocationReport;
import org.roguewatch.locate.report.ProbePosition;
import org.roguewatch.locate.report.TrackPoint;

class GeoJsonWriterTest {

    private static Map<?, ?> parse(LocationReport report) {
        String text = GeoJsonWriter.write(report);
        Map<?, ?> root = (Map<?, ?>) MiniJson.parse(text);
        assertEquals(List.of(), Rfc7946Validator.problems(root), text);
        return root;
    }

    private static List<Map<?, ?>> features(Map<?, ?> root) {
        List<Map<?, ?>> out = new ArrayList<>();
        for (Object f : (List<?>) root.get("features")) {
            out.add((Map<?, ?>) f);
        }
        return out;
    }

    private static Map<?, ?> props(Map<?, ?> feature) {
        return (Map<?, ?>) feature.get("properties");
    }

    private static Map<?, ?> geometry(Map<?, ?> feature) {
        return (Map<?, ?>) feature.get("geometry");
    }

    private static List<Map<?, ?>> ofKind(Map<?, ?> root, String kind, String targetOrProbe) {
        return features(root).stream().filter(f -> kind.equals(props(f).get("kind")))
                .filter(f -> targetOrProbe == null || targetOrProbe.equals(props(f).get("target"))
                        || targetOrProbe.equals(props(f).get("probeId")))
                .toList();
    }

    private static double num(Object o) {
        return ((BigDecimal) o).doubleValue();
    }

    @Test
    void fleetValidatesAsRfc7946WithTheExpectedFeatures() {
        Map<?, ?> root = parse(Reports.fleet());
        assertEquals("FeatureCollection", root.get("type"));
        assertFalse(root.containsKey("crs"));
        assertEquals(3, ofKind(root, "emitter", null).size());
        // Fixed rogue: both ellipses; open region: only the 50 %; mover: both.
        assertEquals(2, ofKind(root, "ellipse95", null).size());
        assertEquals(3, ofKind(root, "ellipse50", null).size());
        assertEquals(1, ofKind(root, "track", null).size());
        assertEquals(3, ofKind(root, "probe", null).size());
        assertEquals(12, features(root).size());
    }

    @Test
    void dusseldorfComesOutLongitudeFirst() {
        Map<?, ?> root = parse(new LocationReport(List.of(Reports.fixedRogue()), List.of()));
        List<?> c = (List<?>) geometry(ofKind(root, "emitter", Reports.GSM_TARGET).get(0)).get("coordinates");
        assertEquals(new BigDecimal("6.7735"), c.get(0));
        assertEquals(new BigDecimal("51.2277"), c.get(1));
        assertEquals(List.of(), Rfc7946Validator.emitterAt(root, Reports.GSM_TARGET, 51.2277, 6.7735, 1e-9));
    }

    @Test
    void emitterPropertiesCarryTheFacts() {
        Map<?, ?> p = props(ofKind(parse(Reports.fleet()), "emitter", Reports.GSM_TARGET).get(0));
        assertEquals("GSM", p.get("radio"));
        assertEquals("rogue", p.get("verdict"));
        assertEquals("rss-ml-lm-huber", p.get("method"));
        assertEquals(300, num(p.get("ellipse50SemiMajorM")));
        assertEquals(120, num(p.get("ellipse50SemiMinorM")));
        assertEquals(60, num(p.get("ellipse50OrientationDeg")));
        assertEquals(620, num(p.get("ellipse95SemiMajorM")));
        assertEquals(250, num(p.get("ellipse95SemiMinorM")));
        assertEquals(60, num(p.get("ellipse95OrientationDeg")));
        assertEquals(95.3, num(p.get("crlbM")));
        assertEquals(33.2, num(p.get("transmitDbm")));
        assertEquals(3.4, num(p.get("exponent")));
        assertEquals(6.0, num(p.get("sigmaDb")));
        assertEquals(List.of("p1", "p2", "p3"), p.get("probes"));
        assertEquals("2024-05-14T09:00:00Z", p.get("from"));
        assertEquals("2024-05-14T09:10:00Z", p.get("to"));
        assertFalse(p.containsKey("ellipse95Omitted"));
    }

    @Test
    void ellipsePolygonIsSeventyTwoVerticesClosedCounterClockwiseAroundTheEmitter() {
        Map<?, ?> root = parse(new LocationReport(List.of(Reports.fixedRogue()), List.of()));
        Map<?, ?> e95 = ofKind(root, "ellipse95", Reports.GSM_TARGET).get(0);
        assertEquals("Polygon", geometry(e95).get("type"));
        List<?> rings = (List<?>) geometry(e95).get("coordinates");
        assertEquals(1, rings.size());
        List<?> ring = (List<?>) rings.get(0);
        assertEquals(EllipseRing.VERTICES + 1, ring.size());
        assertEquals(ring.get(0), ring.get(ring.size() - 1));
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        for (Object o : ring) {
            double lon = num(((List<?>) o).get(0));
            minLon = Math.min(minLon, lon);
            maxLon = Math.max(maxLon, lon);
        }
        assertTrue(minLon < Reports.DUS_LON && Reports.DUS_LON < maxLon);
        assertEquals(0.95, num(props(e95).get("confidence")));
        assertEquals(620, num(props(e95).get("semiMajorM")));
    }

    @Test
    void unboundedEllipseIsOmittedWithTheReasonAndNoNonFiniteNumber() {
        String text = GeoJsonWriter.write(new LocationReport(List.of(Reports.openRegion()), List.of()));
        assertFalse(text.contains("Infinity") || text.contains("NaN"), text);
        Map<?, ?> root = parse(new LocationReport(List.of(Reports.openRegion()), List.of()));
        assertTrue(ofKind(root, "ellipse95", null).isEmpty());
        assertEquals(1, ofKind(root, "ellipse50", Reports.LTE_TARGET).size());
        Map<?, ?> p = props(ofKind(root, "emitter", Reports.LTE_TARGET).get(0));
        assertTrue(((String) p.get("ellipse95Omitted")).startsWith("unbounded"), p.toString());
        assertTrue(p.containsKey("ellipse95SemiMajorM"));
        assertNull(p.get("ellipse95SemiMajorM"));
        assertNull(p.get("ellipse95OrientationDeg"));
        assertFalse(p.containsKey("ellipse50Omitted"));
    }

    @Test
    void nonFiniteFactsBecomeNull() {
        EmitterLocation e = Reports.fixedRogue();
        EmitterLocation odd = new EmitterLocation(e.target(), e.radio(), e.verdict(), e.lat(), e.lon(),
                e.ellipse50(), e.ellipse95(), Double.POSITIVE_INFINITY, Double.NaN, e.exponent(), e.sigmaDb(),
                e.method(), e.probes(), null, null, List.of());
        Map<?, ?> p = props(ofKind(parse(new LocationReport(List.of(odd), List.of())), "emitter", null).get(0));
        assertTrue(p.containsKey("crlbM"));
        assertNull(p.get("crlbM"));
        assertNull(p.get("transmitDbm"));
        assertNull(p.get("from"));
    }

    @Test
    void trackIsALineStringWithATimePerVertex() {
        Map<?, ?> root = parse(new LocationReport(List.of(Reports.mover()), List.of()));
        Map<?, ?> track = ofKind(root, "track", Reports.FM_TARGET).get(0);
        assertEquals("LineString", geometry(track).get("type"));
        List<?> coords = (List<?>) geometry(track).get("coordinates");
        assertEquals(4, coords.size());
        assertEquals(List.of(new BigDecimal("6.76"), new BigDecimal("51.22")), coords.get(0));
        assertEquals(List.of("2024-05-14T09:00:00Z", "2024-05-14T09:01:00Z", "2024-05-14T09:02:00Z",
                "2024-05-14T09:03:00Z"), props(track).get("times"));
        List<?> majors = (List<?>) props(track).get("ellipse95SemiMajorM");
        assertEquals(4, majors.size());
        assertNull(majors.get(2), "the unbounded track ellipse");
        assertEquals(4L, num(props(ofKind(root, "emitter", null).get(0)).get("trackPoints")), 0);
    }

    @Test
    void emptyTrackWritesNoTrackFeatureAndOnePointTrackIsAPoint() {
        Map<?, ?> root = parse(new LocationReport(List.of(Reports.fixedRogue()), List.of()));
        assertTrue(ofKind(root, "track", null).isEmpty());

        EmitterLocation one = Reports.emitter("one", "rogue", 51.2, 6.8, new GeoEllipse(50, 40, 0),
                new GeoEllipse(90, 70, 0), List.of(Reports.track().get(0)));
        Map<?, ?> track = ofKind(parse(new LocationReport(List.of(one), List.of())), "track", "one").get(0);
        assertEquals("Point", geometry(track).get("type"));
        assertEquals(List.of("2024-05-14T09:00:00Z"), props(track).get("times"));
    }

    @Test
    void fixedProbeIsAPointMovingProbeALineStringInTimeOrder() {
        Map<?, ?> root = parse(new LocationReport(List.of(), Reports.probes()));
        Map<?, ?> p1 = ofKind(root, "probe", "p1").get(0);
        assertEquals("Point", geometry(p1).get("type"));
        assertEquals(List.of(new BigDecimal("6.77"), new BigDecimal("51.23")), geometry(p1).get("coordinates"));
        assertEquals(Boolean.FALSE, props(p1).get("moving"));
        Map<?, ?> p3 = ofKind(root, "probe", "p3").get(0);
        assertEquals("LineString", geometry(p3).get("type"));
        List<?> coords = (List<?>) geometry(p3).get("coordinates");
        assertEquals(List.of(new BigDecimal("6.745"), new BigDecimal("51.224")), coords.get(0));
        assertEquals(List.of(new BigDecimal("6.755"), new BigDecimal("51.226")), coords.get(2));
        assertEquals(List.of("2024-05-14T09:00:00Z", "2024-05-14T09:01:00Z", "2024-05-14T09:02:00Z"),
                props(p3).get("times"));
    }

    @Test
    void coordinatesCarryAtMostSevenDecimals() {
        EmitterLocation precise = Reports.emitter("precise", "rogue", 51.227712345678, 6.773598765432,
                new GeoEllipse(300, 120, 60), new GeoEllipse(620, 250, 60), List.of());
        Map<?, ?> root = parse(new LocationReport(List.of(precise), List.of()));
        List<?> c = (List<?>) geometry(ofKind(root, "emitter", null).get(0)).get("coordinates");
        assertEquals(new BigDecimal("6.7735988"), c.get(0));
        assertEquals(new BigDecimal("51.2277123"), c.get(1));
        for (Map<?, ?> f : features(root)) {
            assertTrue(maxScale(geometry(f).get("coordinates")) <= 7, f.toString());
        }
    }

    private static int maxScale(Object o) {
        if (o instanceof BigDecimal b) {
            return b.scale();
        }
        int max = 0;
        for (Object e : (List<?>) o) {
            max = Math.max(max, maxScale(e));
        }
        return max;
    }

    @Test
    void ellipseAcrossTheAntimeridianIsCutIntoValidPieces() {
        // Fiji, 1 km from the antimeridian: the 2 km ellipse reaches across it.
        EmitterLocation fiji = Reports.emitter("fiji", "rogue", -17.0, 179.99, new GeoEllipse(2000, 1500, 90),
                new GeoEllipse(4000, 3000, 90), List.of());
        Map<?, ?> root = parse(new LocationReport(List.of(fiji), List.of()));
        Map<?, ?> e95 = ofKind(root, "ellipse95", "fiji").get(0);
        assertEquals("MultiPolygon", geometry(e95).get("type"));
        List<?> polygons = (List<?>) geometry(e95).get("coordinates");
        assertEquals(2, polygons.size());
        boolean east = false;
        boolean west = false;
        for (Object polygon : polygons) {
            for (Object position : (List<?>) ((List<?>) polygon).get(0)) {
                double lon = num(((List<?>) position).get(0));
                east |= lon == 180;
                west |= lon == -180;
            }
        }
        assertTrue(east && west, "the pieces meet the antimeridian from both sides");
    }

    @Test
    void trackAcrossTheAntimeridianBecomesAMultiLineString() {
        List<TrackPoint> track = List.of(new TrackPoint(Reports.T0, -17.0, 179.995, null),
                new TrackPoint(Reports.T0.plusSeconds(60), -17.001, -179.995, null));
        EmitterLocation e = Reports.emitter("crossing", "rogue", -17.0, -179.995, new GeoEllipse(50, 40, 0),
                new GeoEllipse(90, 70, 0), track);
        Map<?, ?> t = ofKind(parse(new LocationReport(List.of(e), List.of())), "track", "crossing").get(0);
        assertEquals("MultiLineString", geometry(t).get("type"));
        List<?> lines = (List<?>) geometry(t).get("coordinates");
        assertEquals(List.of(new BigDecimal("180"), new BigDecimal("-17.0005")), ((List<?>) lines.get(0)).get(1));
        assertEquals(List.of(new BigDecimal("-180"), new BigDecimal("-17.0005")), ((List<?>) lines.get(1)).get(0));
    }

    @Test
    void emitterWithoutAValidPositionHasANullGeometry() {
        EmitterLocation lost = Reports.emitter("lost", "suspicious", Double.NaN, 6.8, new GeoEllipse(50, 40, 0),
                new GeoEllipse(90, 70, 0), List.of());
        Map<?, ?> root = parse(new LocationReport(List.of(lost), List.of(new ProbePosition("p1", 95, 6, null))));
        Map<?, ?> f = ofKind(root, "emitter", "lost").get(0);
        assertTrue(f.containsKey("geometry"));
        assertNull(f.get("geometry"));
        assertTrue(ofKind(root, "ellipse95", null).isEmpty());
        assertTrue(((String) props(f).get("ellipse95Omitted")).startsWith("no centre"));
        assertTrue(ofKind(root, "probe", null).isEmpty(), "a probe at latitude 95 is left out");
    }

    @Test
    void stringsSurviveRfc8259EscapingExactly() {
        String nasty = "quote \" backslash \\ slash / nl \n tab \t nul \u0000 bell \u0007 ls \u2028 "
                + "emoji \uD83D\uDCE1 lone \uD800 end";
        EmitterLocation e = Reports.emitter(nasty, "rogue", 51.2, 6.8, new GeoEllipse(50, 40, 0),
                new GeoEllipse(90, 70, 0), List.of());
        String text = GeoJsonWriter.write(new LocationReport(List.of(e), List.of()));
        assertTrue(text.contains("\\u0000") && text.contains("\\u2028") && text.contains("\\ud800"), text);
        Map<?, ?> root = (Map<?, ?>) MiniJson.parse(text);
        assertEquals(nasty, props(ofKind(root, "emitter", null).get(0)).get("target"));
    }

    @Test
    void emptyReportIsAnEmptyFeatureCollection() {
        assertEquals("{\"type\":\"FeatureCollection\",\"features\":[]}",
                GeoJsonWriter.write(new LocationReport(List.of(), List.of())));
    }

    @Test
    void pathAndWriterGetTheSameUtf8Text(@TempDir Path dir) throws Exception {
        LocationReport report = Reports.fleet();
        Path file = dir.resolve("fleet.geojson");
        GeoJsonWriter.write(report, file);
        StringWriter writer = new StringWriter();
        GeoJsonWriter.write(report, writer);
        String expected = GeoJsonWriter.write(report);
        assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(expected, writer.toString());
    }
}
