package org.roguewatch.sim.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the where-and-when keys shared by probes and emitters: {@code position = LAT, LON}, or
 * repeated {@code waypoint = TIME LAT, LON} lines in increasing time; repeated
 * {@code schedule = FROM-TO} windows.
 */
final class TrackKeys {
    private TrackKeys() {
    }

    /**
     * @param area  when not {@code null}, every point must lie inside it
     * @return the track, or {@code null} when neither key is given (the caller decides if that is
     *         an error) or a point was bad (already reported)
     */
    static Track read(SectionReader in, Area area, boolean required) {
        List<IniEntry> waypoints = in.all("waypoint");
        boolean hasPosition = in.has("position");
        if (hasPosition && !waypoints.isEmpty()) {
            in.problem("position", "give either position or waypoints, not both");
            return null;
        }
        if (hasPosition) {
            GeoPoint point = in.value("position", Values::position, null);
            if (point == null || !inside(in, "position", in.line("position"), point, area)) {
                return null;
            }
            return Track.fixed(point);
        }
        if (waypoints.isEmpty()) {
            if (required) {
                in.problem("position", "missing in " + in.section().label() + " (give position or waypoints)");
            }
            return null;
        }
        List<Waypoint> points = new ArrayList<>();
        boolean ok = true;
        Duration previous = null;
        int previousLine = 0;
        for (IniEntry entry : waypoints) {
            String text = entry.value().strip();
            int space = text.indexOf(' ');
            if (space < 0) {
                in.problem(entry.line(), "waypoint", "'" + text + "' is not 'TIME LAT, LON'");
                ok = false;
                continue;
            }
            try {
                Duration at = Values.duration(text.substring(0, space));
                GeoPoint point = Values.position(text.substring(space + 1).strip());
                if (previous != null && at.compareTo(previous) <= 0) {
                    in.problem(entry.line(), "waypoint", "track times out of order: " + text.substring(0, space)
                            + " is not after the waypoint on line " + previousLine);
                    ok = false;
                }
                if (!inside(in, "waypoint", entry.line(), point, area)) {
                    ok = false;
                }
                previous = at;
                previousLine = entry.line();
                points.add(new Waypoint(at, point));
            } catch (BadValue e) {
                in.problem(entry.line(), "waypoint", e.getMessage());
                ok = false;
            }
        }
        return ok ? new Track(points) : null;
    }

    private static boolean inside(SectionReader in, String key, int line, GeoPoint point, Area area) {
        if (area == null) {
            return true;
        }
        Xy xy = area.frame().toLocal(point);
        if (!area.contains(xy)) {
            in.problem(line, key, String.format(java.util.Locale.ROOT,
                    "%s is outside the area (%.0f m east, %.0f m north of the origin; the area spans ±%.0f m by ±%.0f m)",
                    point, xy.x(), xy.y(), area.widthM() / 2, area.heightM() / 2));
            return false;
        }
        return true;
    }

    /** Repeated {@code schedule = FROM-TO} (or {@code FROM..TO}) windows; none means always on. */
    static Schedule schedule(SectionReader in) {
        List<Schedule.Window> windows = new ArrayList<>();
        Duration previousEnd = null;
        for (IniEntry entry : in.all("schedule")) {
            String text = entry.value();
            String[] parts = text.contains("..") ? text.split("\\.\\.", -1) : text.split("-", -1);
            if (parts.length != 2) {
                in.problem(entry.line(), "schedule", "'" + text + "' is not a window FROM-TO (e.g. 5m-25m)");
                continue;
            }
            try {
                Duration from = Values.duration(parts[0].strip());
                Duration to = Values.duration(parts[1].strip());
                if (to.compareTo(from) <= 0) {
                    in.problem(entry.line(), "schedule", "window '" + text + "' ends before it starts");
                    continue;
                }
                if (previousEnd != null && from.compareTo(previousEnd) < 0) {
                    in.problem(entry.line(), "schedule", "window '" + text
                            + "' overlaps or precedes the previous one (windows go in time order)");
                    continue;
                }
                previousEnd = to;
                windows.add(new Schedule.Window(from, to));
            } catch (BadValue e) {
                in.problem(entry.line(), "schedule", e.getMessage());
            }
        }
        return new Schedule(windows);
    }
}
