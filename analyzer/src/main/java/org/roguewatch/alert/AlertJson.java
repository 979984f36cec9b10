package org.roguewatch.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.detect.Finding;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.locate.report.GeoEllipse;
import org.roguewatch.locate.report.TrackPoint;
import org.roguewatch.report.Json;
import org.roguewatch.report.JsonLinesReport;

/** The JSON form of alerts and alert events (docs/alert-schema.json): what the store, the API and sinks carry. */
public final class AlertJson {
    /** Bumped only when a field is renamed or removed; fields are added freely. */
    public static final int SCHEMA_VERSION = 1;

    private AlertJson() {
    }

    /** One JSON line for an alert event: the alert's fields plus {@code event} and {@code idempotencyKey}. */
    public static String event(AlertEvent event) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", "alert");
        map.put("event", event.change().label());
        map.put("idempotencyKey", event.idempotencyKey());
        map.putAll(fields(event.alert()));
        return Json.write(map);
    }

    /** The alert as one JSON object. */
    public static String alert(Alert alert) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", "alert");
        map.putAll(fields(alert));
        return Json.write(map);
    }

    private static Map<String, Object> fields(Alert alert) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("schemaVersion", SCHEMA_VERSION);
        map.put("id", alert.id());
        map.put("status", alert.status().label());
        map.put("emitter", alert.emitter());
        map.put("radio", alert.radio());
        map.put("target", alert.target());
        map.put("severity", alert.severity().label());
        map.put("score", alert.score());
        map.put("verdict", alert.verdict());
        map.put("openedAt", alert.openedAt());
        map.put("updatedAt", alert.updatedAt());
        map.put("lastHeard", alert.lastHeard());
        map.put("resolvedAt", alert.resolvedAt());
        map.put("revision", alert.revision());
        map.put("signatures", alert.signatures());
        map.put("location", alert.location() == null ? null : location(alert.location()));
        List<Object> findings = new ArrayList<>();
        for (Finding finding : alert.findings()) {
            Map<String, Object> line = new LinkedHashMap<>(JsonLinesReport.findingLine(finding));
            line.remove("type");
            findings.add(line);
        }
        map.put("findings", findings);
        return map;
    }

    /** A location as alerts and the API show it: centre, 95 % ellipse, bound, method, probes, track. */
    public static Map<String, Object> location(EmitterLocation location) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("lat", location.lat());
        map.put("lon", location.lon());
        map.put("ellipse50", ellipse(location.ellipse50()));
        map.put("ellipse95", ellipse(location.ellipse95()));
        map.put("crlbM", location.crlbM());
        map.put("transmitDbm", location.transmitDbm());
        map.put("method", location.method());
        map.put("probes", location.probes());
        map.put("from", location.from());
        map.put("to", location.to());
        List<Object> track = new ArrayList<>();
        for (TrackPoint point : location.track()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("time", point.time());
            p.put("lat", point.lat());
            p.put("lon", point.lon());
            p.put("ellipse95", ellipse(point.ellipse95()));
            track.add(p);
        }
        map.put("track", track);
        return map;
    }

    private static Map<String, Object> ellipse(GeoEllipse ellipse) {
        if (ellipse == null || !ellipse.bounded()) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("semiMajorM", ellipse.semiMajorM());
        map.put("semiMinorM", ellipse.semiMinorM());
        map.put("orientationDeg", ellipse.orientationDeg());
        return map;
    }
}
