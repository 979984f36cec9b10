package org.roguewatch.locate.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a parsed GeoJSON text (see {@link MiniJson}) against RFC 7946 and lists every problem found (empty when
 * valid): object types and their required members (§3), positions as [longitude, latitude] within range
 * (§3.1.1, §4), LineStrings with two or more positions (§3.1.4), linear rings closed with four or more positions
 * (§3.1.6), exterior rings counter-clockwise and holes clockwise by signed area (§3.1.6), no edge jumping across
 * the antimeridian (§3.1.9), no "crs" member (§4 leaves it out; RFC 7946 has no CRS other than WGS-84).
 */
final class Rfc7946Validator {
    private static final Set<String> GEOMETRIES = Set.of("Point", "MultiPoint", "LineString", "MultiLineString",
            "Polygon", "MultiPolygon", "GeometryCollection");

    private final List<String> problems = new ArrayList<>();

    private Rfc7946Validator() {
    }

    static List<String> problems(Object root) {
        Rfc7946Validator v = new Rfc7946Validator();
        v.geoJson(root, "$");
        return v.problems;
    }

    static List<String> problems(String text) {
        return problems(MiniJson.parse(text));
    }

    /**
     * A swap of latitude and longitude inside both ranges (Düsseldorf's 51.2, 6.77) is still a valid position, so
     * RFC 7946 alone cannot see it: this checks that the emitter feature of a target sits at [lon, lat].
     */
    static List<String> emitterAt(Object root, String target, double lat, double lon, double toleranceDeg) {
        List<String> out = new ArrayList<>();
        boolean found = false;
        for (Object f : list(((Map<?, ?>) root).get("features"))) {
            Map<?, ?> feature = (Map<?, ?>) f;
            Map<?, ?> props = (Map<?, ?>) feature.get("properties");
            if (props == null || !"emitter".equals(props.get("kind")) || !target.equals(props.get("target"))) {
                continue;
            }
            found = true;
            List<?> c = list(((Map<?, ?>) feature.get("geometry")).get("coordinates"));
            double x = ((BigDecimal) c.get(0)).doubleValue();
            double y = ((BigDecimal) c.get(1)).doubleValue();
            if (Math.abs(x - lon) > toleranceDeg || Math.abs(y - lat) > toleranceDeg) {
                out.add(target + " at " + c + ", expected [" + lon + ", " + lat + "] (longitude first)");
            }
        }
        if (!found) {
            out.add("no emitter feature for " + target);
        }
        return out;
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private void problem(String where, String what) {
        problems.add(where + ": " + what);
    }

    private void geoJson(Object o, String where) {
        if (!(o instanceof Map<?, ?> m)) {
            problem(where, "a GeoJSON object must be a JSON object");
            return;
        }
        Object type = m.get("type");
        if ("FeatureCollection".equals(type)) {
            featureCollection(m, where);
        } else if ("Feature".equals(type)) {
            feature(m, where);
        } else if (type instanceof String t && GEOMETRIES.contains(t)) {
            geometry(m, where);
        } else {
            problem(where, "\"type\" must be one of the nine GeoJSON types, not " + type);
        }
    }

    private void common(Map<?, ?> m, String where) {
        if (m.containsKey("crs")) {
            problem(where, "\"crs\" member: RFC 7946 has no CRS member (§4)");
        }
        if (m.containsKey("bbox")) {
            Object b = m.get("bbox");
            if (!(b instanceof List<?> l) || l.size() < 4 || l.size() % 2 != 0
                    || !l.stream().allMatch(BigDecimal.class::isInstance)) {
                problem(where, "\"bbox\" must be an array of 2n numbers (§5)");
            }
        }
    }

    private void featureCollection(Map<?, ?> m, String where) {
        common(m, where);
        if (!(m.get("features") instanceof List<?> features)) {
            problem(where, "FeatureCollection needs a \"features\" array (§3.3)");
            return;
        }
        for (int k = 0; k < features.size(); k++) {
            Object f = features.get(k);
            String at = where + ".features[" + k + "]";
            if (f instanceof Map<?, ?> fm && "Feature".equals(fm.get("type"))) {
                feature(fm, at);
            } else {
                problem(at, "a FeatureCollection holds Feature objects only");
            }
        }
    }

    private void feature(Map<?, ?> m, String where) {
        common(m, where);
        if (!m.containsKey("geometry")) {
            problem(where, "Feature needs a \"geometry\" member (§3.2)");
        } else if (m.get("geometry") != null) {
            if (m.get("geometry") instanceof Map<?, ?> g && g.get("type") instanceof String t
                    && GEOMETRIES.contains(t)) {
                geometry(g, where + ".geometry");
            } else {
                problem(where, "\"geometry\" must be a geometry object or null (§3.2)");
            }
        }
        if (!m.containsKey("properties")) {
            problem(where, "Feature needs a \"properties\" member (§3.2)");
        } else if (m.get("properties") != null && !(m.get("properties") instanceof Map)) {
            problem(where, "\"properties\" must be an object or null (§3.2)");
        }
        if (m.containsKey("id") && !(m.get("id") instanceof String || m.get("id") instanceof BigDecimal)) {
            problem(where, "\"id\" must be a string or a number (§3.2)");
        }
    }

    private void geometry(Map<?, ?> m, String where) {
        common(m, where);
        String type = (String) m.get("type");
        if ("GeometryCollection".equals(type)) {
            if (!(m.get("geometries") instanceof List<?> gs)) {
                problem(where, "GeometryCollection needs \"geometries\" (§3.1.8)");
                return;
            }
            for (int k = 0; k < gs.size(); k++) {
                if (gs.get(k) instanceof Map<?, ?> g && g.get("type") instanceof String t && GEOMETRIES.contains(t)) {
                    geometry(g, where + ".geometries[" + k + "]");
                } else {
                    problem(where + ".geometries[" + k + "]", "not a geometry object");
                }
            }
            return;
        }
        Object c = m.get("coordinates");
        if (!(c instanceof List<?>)) {
            problem(where, type + " needs a \"coordinates\" array (§3.1)");
            return;
        }
        String at = where + ".coordinates";
        switch (type) {
            case "Point" -> position(c, at);
            case "MultiPoint" -> {
                for (Object p : (List<?>) c) {
                    position(p, at);
                }
            }
            case "LineString" -> lineString(c, at);
            case "MultiLineString" -> {
                for (Object l : (List<?>) c) {
                    lineString(l, at);
                }
            }
            case "Polygon" -> polygon(c, at);
            case "MultiPolygon" -> {
                for (Object p : (List<?>) c) {
                    polygon(p, at);
                }
            }
            default -> problem(where, "unknown geometry " + type);
        }
    }

    /** {lon, lat} of a valid position, or null after recording why it is not one. */
    private double[] position(Object o, String where) {
        if (!(o instanceof List<?> p) || p.size() < 2 || p.size() > 3
                || !p.stream().allMatch(BigDecimal.class::isInstance)) {
            problem(where, "a position is an array of 2 or 3 numbers (§3.1.1): " + o);
            return null;
        }
        double lon = ((BigDecimal) p.get(0)).doubleValue();
        double lat = ((BigDecimal) p.get(1)).doubleValue();
        if (lon < -180 || lon > 180) {
            problem(where, "longitude " + lon + " outside [-180, 180]: is it [lat, lon]? (§3.1.1)");
        }
        if (lat < -90 || lat > 90) {
            problem(where, "latitude " + lat + " outside [-90, 90]: is it [lat, lon]? (§3.1.1)");
        }
        return new double[] {lon, lat};
    }

    private List<double[]> positions(Object o, String where) {
        List<double[]> out = new ArrayList<>();
        if (!(o instanceof List<?> l)) {
            problem(where, "an array of positions expected");
            return out;
        }
        for (Object p : l) {
            double[] xy = position(p, where);
            if (xy != null) {
                out.add(xy);
            }
        }
        for (int k = 1; k < out.size(); k++) {
            if (Math.abs(out.get(k)[0] - out.get(k - 1)[0]) > 180) {
                problem(where, "edge " + (k - 1) + "-" + k + " spans more than 180 degrees of longitude: "
                        + "cut it at the antimeridian (§3.1.9)");
            }
        }
        return out;
    }

    /** Shoelace formula over the closed ring, x = longitude, y = latitude: positive when counter-clockwise. */
    private static double signedArea(List<double[]> ring) {
        double sum = 0;
        for (int k = 0; k + 1 < ring.size(); k++) {
            sum += ring.get(k)[0] * ring.get(k + 1)[1] - ring.get(k + 1)[0] * ring.get(k)[1];
        }
        return sum / 2;
    }

    private void lineString(Object o, String where) {
        if (positions(o, where).size() < 2) {
            problem(where, "a LineString has two or more positions (§3.1.4)");
        }
    }

    private void polygon(Object o, String where) {
        if (!(o instanceof List<?> rings) || rings.isEmpty()) {
            problem(where, "a Polygon is a non-empty array of linear rings (§3.1.6)");
            return;
        }
        for (int r = 0; r < rings.size(); r++) {
            String at = where + "[" + r + "]";
            List<double[]> ring = positions(rings.get(r), at);
            if (ring.size() < 4) {
                problem(at, "a linear ring has four or more positions (§3.1.6)");
                continue;
            }
            double[] first = ring.get(0);
            double[] last = ring.get(ring.size() - 1);
            if (first[0] != last[0] || first[1] != last[1]) {
                problem(at, "a linear ring is closed: first and last positions equal (§3.1.6)");
                continue;
            }
            double area = signedArea(ring);
            if (r == 0 && !(area > 0)) {
                problem(at, "exterior ring must be counter-clockwise (§3.1.6), signed area " + area);
            } else if (r > 0 && !(area < 0)) {
                problem(at, "hole must be clockwise (§3.1.6), signed area " + area);
            }
        }
    }
}
