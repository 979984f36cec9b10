package org.roguewatch.locate.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.locate.report.GeoEllipse;
import org.roguewatch.locate.report.LocationReport;
import org.roguewatch.locate.report.ProbePosition;
import org.roguewatch.locate.report.TrackPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A localization report as one RFC 7946 GeoJSON FeatureCollection.
 *
 * <p>Per emitter, in drawing order (later features lie on top): a Polygon for the 95 % and for the 50 % ellipse
 * ({@code kind} "ellipse95", "ellipse50"; {@value EllipseRing#VERTICES} vertices, exterior ring counter-clockwise
 * per §3.1.6, a MultiPolygon when cut at the antimeridian per §3.1.9), a LineString for a track ({@code kind}
 * "track", per-vertex {@code times}), and the Point ({@code kind} "emitter") carrying the facts as properties.
 * Then per probe a Point, or a LineString of its positions when it moved ({@code kind} "probe").
 *
 * <p>Positions are [longitude, latitude] (§3.1.1) with 7 decimals; there is no "crs" member (§4: WGS-84 is
 * implied); every number is finite: an unbounded ellipse is not drawn, its axes are null and a property
 * {@code ellipse95Omitted} (or 50) says why; an emitter without a valid position has a null geometry (§3.2).
 */
public final class GeoJsonWriter {
    private static final Logger LOG = LoggerFactory.getLogger(GeoJsonWriter.class);

    private GeoJsonWriter() {
    }

    /** The report as GeoJSON text. */
    public static String write(LocationReport report) {
        JsonWriter json = new JsonWriter();
        json.beginObject().name("type").string("FeatureCollection").name("features").beginArray();
        int features = 0;
        for (int i = 0; i < report.emitters().size(); i++) {
            features += emitter(json, report.emitters().get(i), "emitter-" + i);
        }
        for (Shapes.ProbeTrack probe : Shapes.probes(report.probes())) {
            probe(json, probe);
            features++;
        }
        json.endArray().endObject();
        LOG.debug("GeoJSON: {} emitters, {} features", report.emitters().size(), features);
        return json.toString();
    }

    /** Writes the GeoJSON text to a writer, which stays open. */
    public static void write(LocationReport report, Writer out) throws IOException {
        out.write(write(report));
        out.flush();
    }

    /** Writes the GeoJSON text to a file in UTF-8 (RFC 8259 §8.1), replacing it. */
    public static void write(LocationReport report, Path file) throws IOException {
        Files.writeString(file, write(report), StandardCharsets.UTF_8);
    }

    private static int emitter(JsonWriter json, EmitterLocation e, String id) {
        int written = 0;
        boolean located = Shapes.located(e);
        EllipseRing.Outline outline95 = EllipseRing.outline(e.lat(), e.lon(), e.ellipse95());
        EllipseRing.Outline outline50 = EllipseRing.outline(e.lat(), e.lon(), e.ellipse50());
        if (outline95.omitted() == null) {
            ellipse(json, e, id + "-ellipse95", "ellipse95", 0.95, e.ellipse95(), outline95);
            written++;
        }
        if (outline50.omitted() == null) {
            ellipse(json, e, id + "-ellipse50", "ellipse50", 0.50, e.ellipse50(), outline50);
            written++;
        }
        List<TrackPoint> track = Shapes.track(e);
        if (!track.isEmpty()) {
            track(json, e, id + "-track", track);
            written++;
        }

        json.beginObject().name("type").string("Feature").name("id").string(id);
        json.name("geometry");
        if (located) {
            point(json, Shapes.lonLat(e.lat(), e.lon()));
        } else {
            json.nullValue();
        }
        json.name("properties").beginObject();
        json.name("kind").string("emitter");
        json.name("target").string(e.target());
        json.name("radio").string(e.radio());
        json.name("verdict").string(e.verdict());
        json.name("method").string(e.method());
        if (!located) {
            json.name("positionOmitted").string(Shapes.UNLOCATED);
        }
        axes(json, "ellipse50", e.ellipse50(), outline50.omitted());
        axes(json, "ellipse95", e.ellipse95(), outline95.omitted());
        json.name("crlbM").number(e.crlbM());
        json.name("transmitDbm").number(e.transmitDbm());
        json.name("exponent").number(e.exponent());
        json.name("sigmaDb").number(e.sigmaDb());
        json.name("probes").beginArray();
        for (String probe : e.probes()) {
            json.string(probe);
        }
        json.endArray();
        json.name("from").string(Shapes.time(e.from()));
        json.name("to").string(Shapes.time(e.to()));
        json.name("trackPoints").number(track.size());
        json.endObject().endObject();
        return written + 1;
    }

    /** Semi-axes and orientation as flat properties, which map tools show as columns; null when not finite. */
    private static void axes(JsonWriter json, String prefix, GeoEllipse ellipse, String omitted) {
        json.name(prefix + "SemiMajorM").number(ellipse == null ? Double.NaN : ellipse.semiMajorM());
        json.name(prefix + "SemiMinorM").number(ellipse == null ? Double.NaN : ellipse.semiMinorM());
        json.name(prefix + "OrientationDeg").number(ellipse == null || !ellipse.bounded() ? Double.NaN
                : ellipse.orientationDeg());
        if (omitted != null) {
            json.name(prefix + "Omitted").string(omitted);
        }
    }

    private static void ellipse(JsonWriter json, EmitterLocation e, String id, String kind, double confidence,
                                GeoEllipse ellipse, EllipseRing.Outline outline) {
        json.beginObject().name("type").string("Feature").name("id").string(id);
        json.name("geometry").beginObject();
        if (outline.rings().size() == 1) {
            json.name("type").string("Polygon").name("coordinates");
            polygon(json, outline.rings().get(0));
        } else {
            json.name("type").string("MultiPolygon").name("coordinates").beginArray();
            for (List<double[]> ring : outline.rings()) {
                polygon(json, ring);
            }
            json.endArray();
        }
        json.endObject();
        json.name("properties").beginObject();
        json.name("kind").string(kind);
        json.name("target").string(e.target());
        json.name("verdict").string(e.verdict());
        json.name("confidence").number(confidence);
        json.name("semiMajorM").number(ellipse.semiMajorM());
        json.name("semiMinorM").number(ellipse.semiMinorM());
        json.name("orientationDeg").number(ellipse.orientationDeg());
        json.endObject().endObject();
    }

    private static void track(JsonWriter json, EmitterLocation e, String id, List<TrackPoint> track) {
        List<double[]> line = new ArrayList<>();
        for (TrackPoint p : track) {
            line.add(Shapes.lonLat(p.lat(), p.lon()));
        }
        json.beginObject().name("type").string("Feature").name("id").string(id);
        json.name("geometry");
        line(json, line);
        json.name("properties").beginObject();
        json.name("kind").string("track");
        json.name("target").string(e.target());
        json.name("verdict").string(e.verdict());
        // One entry per track point, in order; vertices added where the line is cut at the antimeridian have none.
        json.name("times").beginArray();
        for (TrackPoint p : track) {
            json.string(Shapes.time(p.time()));
        }
        json.endArray();
        json.name("ellipse95SemiMajorM").beginArray();
        for (TrackPoint p : track) {
            json.number(p.ellipse95() == null ? Double.NaN : p.ellipse95().semiMajorM());
        }
        json.endArray();
        json.name("ellipse95SemiMinorM").beginArray();
        for (TrackPoint p : track) {
            json.number(p.ellipse95() == null ? Double.NaN : p.ellipse95().semiMinorM());
        }
        json.endArray();
        json.name("ellipse95OrientationDeg").beginArray();
        for (TrackPoint p : track) {
            json.number(p.ellipse95() == null || !p.ellipse95().bounded() ? Double.NaN
                    : p.ellipse95().orientationDeg());
        }
        json.endArray();
        json.endObject().endObject();
    }

    private static void probe(JsonWriter json, Shapes.ProbeTrack probe) {
        List<double[]> line = new ArrayList<>();
        for (ProbePosition p : probe.positions()) {
            line.add(Shapes.lonLat(p.lat(), p.lon()));
        }
        json.beginObject().name("type").string("Feature").name("id").string("probe-" + probe.probeId());
        json.name("geometry");
        line(json, line);
        json.name("properties").beginObject();
        json.name("kind").string("probe");
        json.name("probeId").string(probe.probeId());
        json.name("moving").bool(probe.moving());
        json.name("times").beginArray();
        for (ProbePosition p : probe.positions()) {
            json.string(Shapes.time(p.time()));
        }
        json.endArray();
        json.endObject().endObject();
    }

    /** A Point for one position, a LineString for more, a MultiLineString when cut at the antimeridian. */
    private static void line(JsonWriter json, List<double[]> positions) {
        if (positions.size() == 1) {
            point(json, positions.get(0));
            return;
        }
        List<List<double[]>> pieces = Antimeridian.cutLine(positions);
        json.beginObject();
        if (pieces.size() == 1) {
            json.name("type").string("LineString").name("coordinates");
            positions(json, pieces.get(0));
        } else {
            json.name("type").string("MultiLineString").name("coordinates").beginArray();
            for (List<double[]> piece : pieces) {
                positions(json, piece);
            }
            json.endArray();
        }
        json.endObject();
    }

    private static void point(JsonWriter json, double[] lonLat) {
        json.beginObject().name("type").string("Point").name("coordinates");
        position(json, lonLat);
        json.endObject();
    }

    private static void polygon(JsonWriter json, List<double[]> exterior) {
        json.beginArray();
        positions(json, exterior);
        json.endArray();
    }

    private static void positions(JsonWriter json, List<double[]> positions) {
        json.beginArray();
        for (double[] p : positions) {
            position(json, p);
        }
        json.endArray();
    }

    private static void position(JsonWriter json, double[] lonLat) {
        json.beginArray().degrees(lonLat[0]).degrees(lonLat[1]).endArray();
    }
}
