package org.roguewatch.registry;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The probe fleet from a {@code probes.csv}: one row per fixed probe, one row per waypoint of a
 * moving one. Columns (any order, names ignoring case): {@code probe} and {@code lat}, {@code lon}
 * required; {@code pcap} (capture files relative to the roster, several separated by ';'),
 * {@code sweep}, {@code time} (UTC, ISO-8601; empty for a fixed probe) and {@code height_m}
 * optional — the file {@code roguewatch simulate} writes. Errors name file, line and field.
 */
public final class ProbeRoster {
    private static final List<String> COLUMNS = List.of("probe", "pcap", "sweep", "time", "lat", "lon", "height_m");
    private static final List<String> REQUIRED = List.of("probe", "lat", "lon");

    private final List<RosterProbe> probes;
    private final Path file;

    private ProbeRoster(Path file, List<RosterProbe> probes) {
        this.file = file;
        this.probes = List.copyOf(probes);
    }

    public List<RosterProbe> probes() {
        return probes;
    }

    public Path file() {
        return file;
    }

    /** The same fleet with only these captures; probes left without any are dropped. */
    public ProbeRoster restrictedTo(List<Path> captures) {
        List<RosterProbe> kept = new ArrayList<>();
        for (RosterProbe probe : probes) {
            List<Path> mine = probe.captures().stream().filter(captures::contains).toList();
            if (!mine.isEmpty()) {
                kept.add(new RosterProbe(probe.id(), mine, probe.sweep(), probe.track(), probe.line()));
            }
        }
        return new ProbeRoster(file, kept);
    }

    public static ProbeRoster load(Path file) throws PlanException, IOException {
        Path base = file.toAbsolutePath().getParent();
        Map<String, Builder> byId = new LinkedHashMap<>();
        try (LineReader reader = new LineReader(file)) {
            CsvLine csv = new CsvLine();
            String line = reader.next();
            if (line == null) {
                throw new PlanException(file, 0, null, "no header line (expected " + String.join(",", COLUMNS) + ")");
            }
            int[] index = header(file, reader.lineNumber(), csv, line);
            while ((line = reader.next()) != null) {
                int number = reader.lineNumber();
                try {
                    csv.split(line);
                    row(csv, index, base, number, byId);
                } catch (RowProblem problem) {
                    throw new PlanException(file, number, problem.field(), problem.getMessage());
                }
            }
        } catch (CharacterCodingException e) {
            throw new PlanException(file, 0, null, "not UTF-8 text");
        }
        if (byId.isEmpty()) {
            throw new PlanException(file, 0, null, "no probes listed");
        }
        List<RosterProbe> out = new ArrayList<>();
        for (Builder builder : byId.values()) {
            out.add(builder.build());
        }
        return new ProbeRoster(file, out);
    }

    private static int[] header(Path file, int number, CsvLine csv, String line) throws PlanException {
        int[] index = new int[COLUMNS.size()];
        Arrays.fill(index, -1);
        try {
            csv.split(line);
        } catch (RowProblem problem) {
            throw new PlanException(file, number, problem.field(), problem.getMessage());
        }
        for (int i = 0; i < csv.size(); i++) {
            String name = csv.text(i).toLowerCase(Locale.ROOT);
            int column = COLUMNS.indexOf(name);
            if (column < 0) {
                throw new PlanException(file, number, csv.text(i), "unknown column (expected "
                        + String.join(",", COLUMNS) + ")");
            }
            if (index[column] >= 0) {
                throw new PlanException(file, number, name, "column appears twice in the header");
            }
            index[column] = i;
        }
        for (String required : REQUIRED) {
            if (index[COLUMNS.indexOf(required)] < 0) {
                throw new PlanException(file, number, required, "required column is missing from the header");
            }
        }
        return index;
    }

    private static void row(CsvLine csv, int[] index, Path base, int number, Map<String, Builder> byId)
            throws RowProblem {
        int width = (int) Arrays.stream(index).filter(i -> i >= 0).count();
        if (csv.size() != width) {
            throw new RowProblem(null, "expected " + width + " fields as in the header, found " + csv.size());
        }
        String id = text(csv, index, "probe");
        if (id.isEmpty()) {
            throw new RowProblem("probe", "probe id is empty");
        }
        double lat = FieldParser.decimal(csv, index[COLUMNS.indexOf("lat")], "lat", -90, 90, "latitude");
        double lon = FieldParser.decimal(csv, index[COLUMNS.indexOf("lon")], "lon", -180, 180, "longitude");
        Double height = FieldParser.optionalDecimal(csv, index[COLUMNS.indexOf("height_m")], "height_m", 0, 10_000,
                "height");
        String timeText = text(csv, index, "time");
        Instant time;
        try {
            time = timeText.isEmpty() ? null : Instant.parse(timeText);
        } catch (DateTimeParseException e) {
            throw new RowProblem("time", "'" + timeText + "' is not a UTC time like 2026-11-24T08:00:00Z");
        }
        Builder probe = byId.get(id);
        if (probe == null) {
            probe = new Builder(id, number);
            byId.put(id, probe);
        }
        probe.add(new ProbeWaypoint(time, lat, lon, height), text(csv, index, "pcap"), text(csv, index, "sweep"),
                base);
    }

    private static String text(CsvLine csv, int[] index, String column) {
        int i = index[COLUMNS.indexOf(column)];
        return i < 0 ? "" : csv.text(i);
    }

    /** Rows of one probe, checked as they come: one untimed row, or timed rows in time order. */
    private static final class Builder {
        private final String id;
        private final int line;
        private final List<ProbeWaypoint> track = new ArrayList<>();
        private final List<Path> captures = new ArrayList<>();
        private Path sweep;

        Builder(String id, int line) {
            this.id = id;
            this.line = line;
        }

        void add(ProbeWaypoint waypoint, String pcap, String sweepName, Path base) throws RowProblem {
            if (!track.isEmpty()) {
                ProbeWaypoint last = track.get(track.size() - 1);
                if (last.time() == null || waypoint.time() == null) {
                    throw new RowProblem("time", "probe '" + id + "' is listed again (line " + line
                            + "): a fixed probe has one row, a moving one a time on every row");
                }
                if (!waypoint.time().isAfter(last.time())) {
                    throw new RowProblem("time", "waypoints of probe '" + id + "' must be in time order ("
                            + waypoint.time() + " is not after " + last.time() + ")");
                }
            }
            track.add(waypoint);
            if (!pcap.isEmpty()) {
                for (String name : pcap.split(";")) {
                    Path capture = base.resolve(name.trim()).normalize();
                    if (!name.isBlank() && !captures.contains(capture)) {
                        captures.add(capture);
                    }
                }
            }
            if (!sweepName.isEmpty() && sweep == null) {
                sweep = base.resolve(sweepName).normalize();
            }
        }

        RosterProbe build() {
            return new RosterProbe(id, captures, sweep, track, line);
        }
    }
}
