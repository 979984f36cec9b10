package org.roguewatch.locate.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.locate.report.GeoEllipse;
import org.roguewatch.locate.report.LocationReport;
import org.roguewatch.locate.report.ProbePosition;
import org.roguewatch.locate.report.TrackPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A localization report as a KML 2.2 document (OGC 07-147r2, namespace {@value #NAMESPACE}), plain KML only:
 * no Google {@code gx:} extensions.
 *
 * <p>The Document holds one Style per verdict (rogue red, suspicious orange, ok green, other grey) and one for
 * probes (blue); a Folder per emitter with a Placemark for the emitter (a description repeating its facts, a
 * TimeSpan of its measurements, ExtendedData with the same values as the GeoJSON properties), a Polygon
 * Placemark for each bounded ellipse ({@value EllipseRing#VERTICES} vertices, counter-clockwise, closed; a
 * MultiGeometry when cut at the antimeridian), a LineString for a track and a Placemark with a TimeStamp per track
 * point; then a Folder of probes, a Point each, a LineString with a TimeSpan for one that moved.
 *
 * <p>Coordinates are "lon,lat" tuples with 7 decimals. All text is XML-escaped; descriptions are HTML (what map
 * viewers render there) built from HTML-escaped values, so a name like {@code <script>} shows as text.
 */
public final class KmlWriter {
    /** The KML 2.2 namespace. */
    public static final String NAMESPACE = "http://www.opengis.net/kml/2.2";

    private static final Logger LOG = LoggerFactory.getLogger(KmlWriter.class);

    /** Style id, line colour (KML aabbggrr), fill colour: translucent so the map shows through. */
    private static final String[][] STYLES = {
        {"rogue", "ff0000ff", "4d0000ff"},       // red
        {"suspicious", "ff008cff", "4d008cff"},  // orange (#ff8c00)
        {"ok", "ff00a000", "4d00a000"},          // green
        {"other", "ff808080", "4d808080"},       // grey
        {"probe", "ffff0000", "4dff0000"},       // blue
    };

    private final StringBuilder out = new StringBuilder();
    private int depth;

    private KmlWriter() {
    }

    /** The report as KML text (UTF-8 declared). */
    public static String write(LocationReport report) {
        KmlWriter kml = new KmlWriter();
        kml.document(report);
        return kml.out.toString();
    }

    /** Writes the KML text to a writer, which stays open; the writer should encode UTF-8, as the text declares. */
    public static void write(LocationReport report, Writer out) throws IOException {
        out.write(write(report));
        out.flush();
    }

    /** Writes the KML text to a file in UTF-8, replacing it. */
    public static void write(LocationReport report, Path file) throws IOException {
        Files.writeString(file, write(report), StandardCharsets.UTF_8);
    }

    private void document(LocationReport report) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        open("kml xmlns=\"" + NAMESPACE + "\"");
        List<Shapes.ProbeTrack> probes = Shapes.probes(report.probes());
        open("Document");
        text("name", "RogueWatch localization");
        text("description", report.emitters().size() + " located emitter(s), " + probes.size() + " probe(s)");
        for (String[] style : STYLES) {
            style(style[0], style[1], style[2]);
        }
        for (EmitterLocation e : report.emitters()) {
            emitter(e);
        }
        if (!probes.isEmpty()) {
            open("Folder");
            text("name", "Probes");
            for (Shapes.ProbeTrack probe : probes) {
                probe(probe);
            }
            close("Folder");
        }
        close("Document");
        close("kml");
        LOG.debug("KML: {} emitters, {} probes", report.emitters().size(), probes.size());
    }

    private void style(String id, String line, String fill) {
        open("Style id=\"" + id + "\"");
        open("IconStyle");
        text("color", line);
        close("IconStyle");
        open("LineStyle");
        text("color", line);
        text("width", "2");
        close("LineStyle");
        open("PolyStyle");
        text("color", fill);
        close("PolyStyle");
        close("Style");
    }

    private void emitter(EmitterLocation e) {
        String style = "#" + Shapes.verdictStyle(e.verdict());
        String name = e.target() == null ? "emitter" : e.target();
        EllipseRing.Outline outline95 = EllipseRing.outline(e.lat(), e.lon(), e.ellipse95());
        EllipseRing.Outline outline50 = EllipseRing.outline(e.lat(), e.lon(), e.ellipse50());
        List<TrackPoint> track = Shapes.track(e);
        boolean located = Shapes.located(e);

        open("Folder");
        text("name", name);
        open("Placemark");
        text("name", name);
        text("description", description(e, located, outline50.omitted(), outline95.omitted(), track.size()));
        timeSpan(e.from(), e.to());
        text("styleUrl", style);
        extendedData(e, outline50.omitted(), outline95.omitted());
        if (located) {
            open("Point");
            text("coordinates", tuple(Shapes.lonLat(e.lat(), e.lon())));
            close("Point");
        }
        close("Placemark");

        ellipse(name + " \u2014 95 % ellipse", style, outline95);
        ellipse(name + " \u2014 50 % ellipse", style, outline50);

        if (track.size() > 1) {
            List<double[]> line = new ArrayList<>();
            for (TrackPoint p : track) {
                line.add(Shapes.lonLat(p.lat(), p.lon()));
            }
            open("Placemark");
            text("name", name + " \u2014 track");
            timeSpan(track.get(0).time(), track.get(track.size() - 1).time());
            text("styleUrl", style);
            lines(line);
            close("Placemark");
        }
        for (TrackPoint p : track) {
            open("Placemark");
            text("name", p.time() == null ? name : p.time().toString());
            if (p.time() != null) {
                open("TimeStamp");
                text("when", p.time().toString());
                close("TimeStamp");
            }
            text("styleUrl", style);
            open("Point");
            text("coordinates", tuple(Shapes.lonLat(p.lat(), p.lon())));
            close("Point");
            close("Placemark");
        }
        close("Folder");
    }

    private void ellipse(String name, String style, EllipseRing.Outline outline) {
        if (outline.omitted() != null) {
            return;
        }
        open("Placemark");
        text("name", name);
        text("styleUrl", style);
        boolean multi = outline.rings().size() > 1;
        if (multi) {
            open("MultiGeometry");
        }
        for (List<double[]> ring : outline.rings()) {
            open("Polygon");
            text("tessellate", "1");
            open("outerBoundaryIs");
            open("LinearRing");
            text("coordinates", tuples(ring));
            close("LinearRing");
            close("outerBoundaryIs");
            close("Polygon");
        }
        if (multi) {
            close("MultiGeometry");
        }
        close("Placemark");
    }

    private void probe(Shapes.ProbeTrack probe) {
        List<ProbePosition> positions = probe.positions();
        open("Placemark");
        text("name", probe.probeId());
        if (probe.moving()) {
            timeSpan(positions.get(0).time(), positions.get(positions.size() - 1).time());
        } else if (positions.get(0).time() != null) {
            open("TimeStamp");
            text("when", positions.get(0).time().toString());
            close("TimeStamp");
        }
        text("styleUrl", "#probe");
        if (probe.moving()) {
            List<double[]> line = new ArrayList<>();
            for (ProbePosition p : positions) {
                line.add(Shapes.lonLat(p.lat(), p.lon()));
            }
            lines(line);
        } else {
            open("Point");
            text("coordinates", tuple(Shapes.lonLat(positions.get(0).lat(), positions.get(0).lon())));
            close("Point");
        }
        close("Placemark");
    }

    /** A LineString, or a MultiGeometry of them when cut at the antimeridian. */
    private void lines(List<double[]> line) {
        List<List<double[]>> pieces = Antimeridian.cutLine(line);
        if (pieces.size() > 1) {
            open("MultiGeometry");
        }
        for (List<double[]> piece : pieces) {
            open("LineString");
            text("tessellate", "1");
            text("coordinates", tuples(piece));
            close("LineString");
        }
        if (pieces.size() > 1) {
            close("MultiGeometry");
        }
    }

    private void timeSpan(Instant from, Instant to) {
        if (from == null && to == null) {
            return;
        }
        open("TimeSpan");
        if (from != null) {
            text("begin", from.toString());
        }
        if (to != null) {
            text("end", to.toString());
        }
        close("TimeSpan");
    }

    private void extendedData(EmitterLocation e, String omitted50, String omitted95) {
        open("ExtendedData");
        data("radio", e.radio());
        data("verdict", e.verdict());
        data("method", e.method());
        ellipseData("ellipse50", e.ellipse50(), omitted50);
        ellipseData("ellipse95", e.ellipse95(), omitted95);
        data("crlbM", number(e.crlbM()));
        data("transmitDbm", number(e.transmitDbm()));
        data("exponent", number(e.exponent()));
        data("sigmaDb", number(e.sigmaDb()));
        data("probes", String.join(",", e.probes()));
        data("from", e.from() == null ? "" : e.from().toString());
        data("to", e.to() == null ? "" : e.to().toString());
        close("ExtendedData");
    }

    private void ellipseData(String prefix, GeoEllipse ellipse, String omitted) {
        if (omitted != null) {
            data(prefix + "Omitted", omitted);
            return;
        }
        data(prefix + "SemiMajorM", number(ellipse.semiMajorM()));
        data(prefix + "SemiMinorM", number(ellipse.semiMinorM()));
        data(prefix + "OrientationDeg", number(ellipse.orientationDeg()));
    }

    private void data(String name, String value) {
        open("Data name=\"" + XmlText.escape(name) + "\"");
        text("value", value == null ? "" : value);
        close("Data");
    }

    /** The emitter's facts as HTML lines; every value HTML-escaped here, XML-escaped when written. */
    private static String description(EmitterLocation e, boolean located, String omitted50, String omitted95,
                                      int trackPoints) {
        List<String> lines = new ArrayList<>();
        lines.add("Target: " + XmlText.html(e.target()));
        lines.add("Radio: " + XmlText.html(e.radio()));
        lines.add("Verdict: " + XmlText.html(e.verdict()));
        lines.add("Position: " + (located ? Geo.format(e.lat()) + ", " + Geo.format(Geo.normalizeLon(e.lon()))
                + " (lat, lon)" : Shapes.UNLOCATED));
        lines.add("50 % ellipse: " + XmlText.html(ellipseText(e.ellipse50(), omitted50)));
        lines.add("95 % ellipse: " + XmlText.html(ellipseText(e.ellipse95(), omitted95)));
        lines.add("Cram\u00e9r\u2013Rao bound: " + fixed(e.crlbM(), 1) + " m RMS");
        lines.add("Transmit power (EIRP): " + fixed(e.transmitDbm(), 1) + " dBm");
        lines.add("Path-loss exponent n: " + fixed(e.exponent(), 2));
        lines.add("Shadowing \u03c3: " + fixed(e.sigmaDb(), 1) + " dB");
        lines.add("Method: " + XmlText.html(e.method()));
        lines.add("Probes: " + XmlText.html(String.join(", ", e.probes())));
        lines.add("From: " + (e.from() == null ? "unknown" : e.from()));
        lines.add("To: " + (e.to() == null ? "unknown" : e.to()));
        if (trackPoints > 0) {
            lines.add("Track: " + trackPoints + " point(s)");
        }
        return String.join("<br/>\n", lines);
    }

    private static String ellipseText(GeoEllipse ellipse, String omitted) {
        if (omitted != null) {
            return "not drawn, " + omitted;
        }
        return fixed(ellipse.semiMajorM(), 1) + " m \u00d7 " + fixed(ellipse.semiMinorM(), 1)
                + " m (semi-axes), major axis " + fixed(ellipse.orientationDeg(), 1) + "\u00b0 from north";
    }

    private static String fixed(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "n/a";
    }

    private static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "";
    }

    private static String tuple(double[] lonLat) {
        return Geo.format(lonLat[0]) + "," + Geo.format(lonLat[1]);
    }

    private static String tuples(List<double[]> positions) {
        StringBuilder s = new StringBuilder();
        for (double[] p : positions) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(tuple(p));
        }
        return s.toString();
    }

    /** Opens an element; the tag may carry attributes already escaped. */
    private void open(String tagWithAttributes) {
        indent();
        out.append('<').append(tagWithAttributes).append(">\n");
        depth++;
    }

    private void close(String tag) {
        depth--;
        indent();
        out.append("</").append(tag).append(">\n");
    }

    private void text(String tag, String content) {
        indent();
        out.append('<').append(tag).append('>').append(XmlText.escape(content)).append("</").append(tag).append(">\n");
    }

    private void indent() {
        out.append("  ".repeat(depth));
    }
}
