package org.roguewatch.locate.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.locate.report.GeoEllipse;
import org.roguewatch.locate.report.LocationReport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

class KmlWriterTest {
    private static final String KML = "http://www.opengis.net/kml/2.2";

    /** Parses strictly: namespace-aware, no DTDs, any error or warning fails. */
    private static Document parse(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void warning(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return builder.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Document parse(LocationReport report) throws Exception {
        Document doc = parse(KmlWriter.write(report));
        assertAllInKmlNamespace(doc.getDocumentElement());
        return doc;
    }

    private static void assertAllInKmlNamespace(Element e) {
        assertEquals(KML, e.getNamespaceURI(), e.getTagName());
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                assertAllInKmlNamespace(child);
            }
        }
    }

    private static List<Element> all(Node root, String localName) {
        NodeList nodes = root instanceof Document d ? d.getElementsByTagNameNS(KML, localName)
                : ((Element) root).getElementsByTagNameNS(KML, localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static String child(Element e, String localName) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element el && localName.equals(el.getLocalName())) {
                return el.getTextContent();
            }
        }
        return null;
    }

    private static Element placemark(Document doc, String name) {
        return all(doc, "Placemark").stream().filter(p -> name.equals(child(p, "name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no Placemark " + name));
    }

    private static List<double[]> tuples(String coordinates) {
        List<double[]> out = new ArrayList<>();
        for (String t : coordinates.trim().split("\\s+")) {
            String[] parts = t.split(",");
            assertTrue(parts.length == 2 || parts.length == 3, t);
            out.add(new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])});
        }
        return out;
    }

    @Test
    void documentIsKml22WithStylesPerVerdictAndForProbes() throws Exception {
        Document doc = parse(Reports.fleet());
        Element root = doc.getDocumentElement();
        assertEquals("kml", root.getLocalName());
        assertEquals(KML, root.getNamespaceURI());
        assertEquals(1, all(doc, "Document").size());
        List<String> ids = all(doc, "Style").stream().map(s -> s.getAttribute("id")).toList();
        assertTrue(ids.containsAll(List.of("rogue", "suspicious", "probe")), ids.toString());
        Element rogue = all(doc, "Style").stream().filter(s -> s.getAttribute("id").equals("rogue")).findFirst()
                .orElseThrow();
        // KML colours are aabbggrr: opaque red is ff0000ff.
        assertEquals("ff0000ff", child(all(rogue, "LineStyle").get(0), "color"));
        Element probe = all(doc, "Style").stream().filter(s -> s.getAttribute("id").equals("probe")).findFirst()
                .orElseThrow();
        assertEquals("ffff0000", child(all(probe, "LineStyle").get(0), "color"));
        assertFalse(KmlWriter.write(Reports.fleet()).contains("gx:"));
    }

    @Test
    void emitterPlacemarkHasThePointTimeSpanStyleAndReadableFacts() throws Exception {
        Document doc = parse(Reports.fleet());
        Element p = placemark(doc, Reports.GSM_TARGET);
        assertEquals("#rogue", child(p, "styleUrl"));
        assertEquals("6.7735,51.2277", child(all(p, "Point").get(0), "coordinates").trim());
        Element span = all(p, "TimeSpan").get(0);
        assertEquals("2024-05-14T09:00:00Z", child(span, "begin"));
        assertEquals("2024-05-14T09:10:00Z", child(span, "end"));
        String description = child(p, "description");
        for (String fact : List.of("Radio: GSM", "Verdict: rogue", "51.2277, 6.7735", "300.0 m \u00d7 120.0 m",
                "major axis 60.0\u00b0 from north", "620.0 m \u00d7 250.0 m", "95.3 m RMS", "33.2 dBm",
                "exponent n: 3.40", "6.0 dB", "rss-ml-lm-huber", "p1, p2, p3", "2024-05-14T09:10:00Z")) {
            assertTrue(description.contains(fact), fact + " in " + description);
        }
        assertEquals("#suspicious", child(placemark(doc, Reports.LTE_TARGET), "styleUrl"));
    }

    @Test
    void placemarkChildrenFollowTheKmlSchemaOrder() throws Exception {
        List<String> order = List.of("name", "description", "TimeSpan", "TimeStamp", "styleUrl", "ExtendedData",
                "Point", "LineString", "Polygon", "MultiGeometry");
        for (Element p : all(parse(Reports.fleet()), "Placemark")) {
            int last = -1;
            for (Node c = p.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e) {
                    int at = order.indexOf(e.getLocalName());
                    assertTrue(at >= last, e.getLocalName() + " out of order in " + child(p, "name"));
                    last = at;
                }
            }
        }
    }

    @Test
    void boundedEllipsesAreClosedCounterClockwiseRings() throws Exception {
        Document doc = parse(Reports.fleet());
        Element e95 = placemark(doc, Reports.GSM_TARGET + " \u2014 95 % ellipse");
        placemark(doc, Reports.GSM_TARGET + " \u2014 50 % ellipse");
        Element ring = all(all(e95, "outerBoundaryIs").get(0), "LinearRing").get(0);
        List<double[]> positions = tuples(child(ring, "coordinates"));
        assertEquals(EllipseRing.VERTICES + 1, positions.size());
        assertEquals(positions.get(0)[0], positions.get(positions.size() - 1)[0]);
        assertEquals(positions.get(0)[1], positions.get(positions.size() - 1)[1]);
        double area = 0;
        for (int i = 0; i + 1 < positions.size(); i++) {
            area += positions.get(i)[0] * positions.get(i + 1)[1] - positions.get(i + 1)[0] * positions.get(i)[1];
        }
        assertTrue(area > 0, "counter-clockwise");
        for (double[] lonLat : positions) {
            assertEquals(6.7735, lonLat[0], 0.02, "longitude first");
            assertEquals(51.2277, lonLat[1], 0.02);
        }
        for (Element r : all(doc, "LinearRing")) {
            List<double[]> t = tuples(child(r, "coordinates"));
            assertTrue(t.size() >= 4);
            assertEquals(t.get(0)[0], t.get(t.size() - 1)[0]);
            assertEquals(t.get(0)[1], t.get(t.size() - 1)[1]);
        }
    }

    @Test
    void unboundedEllipseIsNotDrawnAndTheDescriptionSaysWhy() throws Exception {
        Document doc = parse(Reports.fleet());
        List<String> names = all(doc, "Placemark").stream().map(p -> child(p, "name")).toList();
        assertFalse(names.contains(Reports.LTE_TARGET + " \u2014 95 % ellipse"), names.toString());
        assertTrue(names.contains(Reports.LTE_TARGET + " \u2014 50 % ellipse"), names.toString());
        assertTrue(child(placemark(doc, Reports.LTE_TARGET), "description")
                .contains("95 % ellipse: not drawn, unbounded"));
        assertFalse(KmlWriter.write(Reports.fleet()).contains("Infinity"));
    }

    @Test
    void trackIsALineStringWithATimeStampedPlacemarkPerPoint() throws Exception {
        Document doc = parse(Reports.fleet());
        Element track = placemark(doc, Reports.FM_TARGET + " \u2014 track");
        List<double[]> line = tuples(child(all(track, "LineString").get(0), "coordinates"));
        assertEquals(4, line.size());
        assertEquals(6.76, line.get(0)[0], 1e-9);
        assertEquals(51.22, line.get(0)[1], 1e-9);
        for (String when : List.of("2024-05-14T09:00:00Z", "2024-05-14T09:01:00Z", "2024-05-14T09:02:00Z",
                "2024-05-14T09:03:00Z")) {
            Element point = placemark(doc, when);
            assertEquals(when, child(all(point, "TimeStamp").get(0), "when"));
        }
    }

    @Test
    void emptyTrackWritesNoTrackPlacemarks() throws Exception {
        Document doc = parse(new LocationReport(List.of(Reports.fixedRogue()), List.of()));
        assertEquals(0, all(doc, "LineString").size());
        assertEquals(0, all(doc, "TimeStamp").size());
        // The emitter and its two ellipses.
        assertEquals(3, all(doc, "Placemark").size());
    }

    @Test
    void probesArePointsAndAMovingProbeALineString() throws Exception {
        Document doc = parse(new LocationReport(List.of(), Reports.probes()));
        Element p1 = placemark(doc, "p1");
        assertEquals("#probe", child(p1, "styleUrl"));
        assertEquals("6.77,51.23", child(all(p1, "Point").get(0), "coordinates").trim());
        Element p3 = placemark(doc, "p3");
        List<double[]> line = tuples(child(all(p3, "LineString").get(0), "coordinates"));
        assertEquals(3, line.size());
        assertEquals(6.745, line.get(0)[0], 1e-9, "time order");
        assertEquals("2024-05-14T09:00:00Z", child(all(p3, "TimeSpan").get(0), "begin"));
    }

    @Test
    void markupInNamesIsEscapedAndStaysText() throws Exception {
        String nasty = "Evil <b>\"cell\"</b> & 'co' \u0001 ]]> end";
        EmitterLocation e = Reports.emitter(nasty, "rogue", 51.2, 6.8, new GeoEllipse(50, 40, 0),
                new GeoEllipse(90, 70, 0), List.of());
        String text = KmlWriter.write(new LocationReport(List.of(e),
                List.of(new org.roguewatch.locate.report.ProbePosition("p<&>\"'", 51.2, 6.7, null))));
        assertTrue(text.contains("Evil &lt;b&gt;&quot;cell&quot;&lt;/b&gt; &amp; &apos;co&apos;"), text);
        assertFalse(text.contains("<b>"));
        Document doc = parse(text);
        // The name is plain text: it comes back as written, the control character replaced (XML 1.0 cannot hold it).
        Element p = placemark(doc, nasty.replace('\u0001', '\uFFFD'));
        // The description is HTML: the name shows as text, never as markup.
        String description = child(p, "description");
        assertTrue(description.contains("Evil &lt;b&gt;&quot;cell&quot;&lt;/b&gt; &amp; &#39;co&#39;"), description);
        assertFalse(description.contains("<b>"));
        placemark(doc, "p<&>\"'");
    }

    @Test
    void pathGetsTheSameUtf8Text(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fleet.kml");
        KmlWriter.write(Reports.fleet(), file);
        assertEquals(KmlWriter.write(Reports.fleet()), Files.readString(file, StandardCharsets.UTF_8));
        parse(Files.readString(file, StandardCharsets.UTF_8));
    }
}
