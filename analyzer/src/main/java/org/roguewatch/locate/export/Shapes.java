package org.roguewatch.locate.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.locate.report.ProbePosition;
import org.roguewatch.locate.report.TrackPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What both writers draw from a report, decided once: which positions are drawable, probes grouped by id. */
final class Shapes {
    private static final Logger LOG = LoggerFactory.getLogger(Shapes.class);

    private Shapes() {
    }

    /** One probe's positions, in time order; one position for a fixed probe. */
    record ProbeTrack(String probeId, List<ProbePosition> positions) {
        ProbeTrack {
            positions = List.copyOf(positions);
        }

        boolean moving() {
            return positions.size() > 1;
        }
    }

    /**
     * Probes in order of first appearance, each with its drawable positions sorted by time (untimed first,
     * exact repeats dropped); positions that are not WGS-84 coordinates are left out with a warning.
     */
    static List<ProbeTrack> probes(List<ProbePosition> all) {
        Map<String, List<ProbePosition>> byId = new LinkedHashMap<>();
        for (ProbePosition p : all) {
            if (!Geo.drawable(p.lat(), p.lon())) {
                LOG.warn("probe {} position {}, {} is not a WGS-84 position; left out of the map", p.probeId(),
                        p.lat(), p.lon());
                continue;
            }
            List<ProbePosition> positions = byId.computeIfAbsent(Objects.requireNonNullElse(p.probeId(), ""),
                    k -> new ArrayList<>());
            if (!positions.contains(p)) {
                positions.add(p);
            }
        }
        List<ProbeTrack> tracks = new ArrayList<>();
        byId.forEach((id, positions) -> {
            positions.sort(Comparator.comparing(ProbePosition::time, Comparator.nullsFirst(Comparator.naturalOrder())));
            tracks.add(new ProbeTrack(id, positions));
        });
        return tracks;
    }

    /** The drawable points of an emitter's track, in the order given. */
    static List<TrackPoint> track(EmitterLocation emitter) {
        List<TrackPoint> points = new ArrayList<>();
        for (TrackPoint p : emitter.track()) {
            if (Geo.drawable(p.lat(), p.lon())) {
                points.add(p);
            } else {
                LOG.warn("track point {} of {} is not a WGS-84 position; left out of the map", p.time(),
                        emitter.target());
            }
        }
        return points;
    }

    /** Whether the emitter's own position can be drawn; logs when not. */
    static boolean located(EmitterLocation emitter) {
        if (Geo.drawable(emitter.lat(), emitter.lon())) {
            return true;
        }
        LOG.warn("emitter {} position {}, {} is not a WGS-84 position; written without geometry", emitter.target(),
                emitter.lat(), emitter.lon());
        return false;
    }

    /** {lon, lat} at the written precision, longitude in [-180, 180). */
    static double[] lonLat(double lat, double lon) {
        return new double[] {Geo.round(Geo.normalizeLon(lon)), Geo.round(lat)};
    }

    static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    /** Style of a verdict: "rogue", "suspicious", "ok", anything else "other". */
    static String verdictStyle(String verdict) {
        if (verdict == null) {
            return "other";
        }
        return switch (verdict.toLowerCase(java.util.Locale.ROOT)) {
            case "rogue" -> "rogue";
            case "suspicious" -> "suspicious";
            case "ok" -> "ok";
            default -> "other";
        };
    }

    static final String UNLOCATED = "not a valid WGS-84 position";
}
