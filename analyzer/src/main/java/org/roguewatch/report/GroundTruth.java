package org.roguewatch.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator's ground truth (ground-truth.jsonl), as far as the demo compares with it: each
 * emitter's cell identity and its positions over time. Read with patterns over the documented,
 * machine-written lines rather than a general JSON parser.
 */
final class GroundTruth {
    private static final Pattern EMITTER = Pattern.compile("\"type\":\"emitter\",\"id\":\"(?<id>[^\"]+)\".*?"
            + "\"(?:ci|eci)\":(?<cell>\\d+)");
    private static final Pattern FM_EMITTER = Pattern.compile("\"type\":\"emitter\",\"id\":\"(?<id>[^\"]+)\""
            + "[^\n]*?\"radio\":\"FM\"[^\n]*?\"carrierHz\":(?<hz>\\d+)");
    private static final Pattern POSITION = Pattern.compile("\"type\":\"position\",\"id\":\"(?<id>[^\"]+)\","
            + "\"time\":\"(?<time>[^\"]+)\",\"lat\":(?<lat>[-0-9.]+),\"lon\":(?<lon>[-0-9.]+)");

    private record Fix(Instant time, double lat, double lon) {
    }

    private final Map<Long, String> emitterByCellId = new HashMap<>();
    private final Map<Long, String> fmEmitterByCarrierHz = new HashMap<>();
    private final Map<String, List<Fix>> positions = new HashMap<>();

    static GroundTruth load(Path file) throws IOException {
        GroundTruth truth = new GroundTruth();
        for (String line : Files.readAllLines(file)) {
            Matcher fm = FM_EMITTER.matcher(line);
            if (fm.find()) {
                truth.fmEmitterByCarrierHz.put(Long.parseLong(fm.group("hz")), fm.group("id"));
                continue;
            }
            Matcher emitter = EMITTER.matcher(line);
            if (emitter.find()) {
                truth.emitterByCellId.put(Long.parseLong(emitter.group("cell")), emitter.group("id"));
                continue;
            }
            Matcher position = POSITION.matcher(line);
            if (position.find()) {
                truth.positions.computeIfAbsent(position.group("id"), k -> new ArrayList<>()).add(new Fix(
                        Instant.parse(position.group("time")), Double.parseDouble(position.group("lat")),
                        Double.parseDouble(position.group("lon"))));
            }
        }
        return truth;
    }

    /** The emitter whose cell identity (CI or ECI) this is, if the scenario has one. */
    Optional<String> emitterWithCellId(long cellId) {
        return Optional.ofNullable(emitterByCellId.get(cellId));
    }

    /** The FM station whose real carrier lies within {@code windowHz} of {@code hz}, nearest first. */
    Optional<String> fmEmitterNear(long hz, long windowHz) {
        return fmEmitterByCarrierHz.entrySet().stream().filter(e -> Math.abs(e.getKey() - hz) <= windowHz)
                .min(Comparator.comparingLong(e -> Math.abs(e.getKey() - hz))).map(Map.Entry::getValue);
    }

    /** Its position {lat, lon} at a time (interpolated), or its only position. */
    Optional<double[]> positionAt(String emitter, Instant time) {
        List<Fix> fixes = positions.getOrDefault(emitter, List.of());
        if (fixes.isEmpty()) {
            return Optional.empty();
        }
        if (fixes.size() == 1 || time == null || !time.isAfter(fixes.get(0).time())) {
            return Optional.of(new double[] {fixes.get(0).lat(), fixes.get(0).lon()});
        }
        for (int i = 1; i < fixes.size(); i++) {
            Fix a = fixes.get(i - 1);
            Fix b = fixes.get(i);
            if (!time.isAfter(b.time())) {
                double f = (double) Duration.between(a.time(), time).toMillis()
                        / Math.max(1, Duration.between(a.time(), b.time()).toMillis());
                return Optional.of(new double[] {a.lat() + f * (b.lat() - a.lat()), a.lon() + f * (b.lon() - a.lon())});
            }
        }
        Fix last = fixes.get(fixes.size() - 1);
        return Optional.of(new double[] {last.lat(), last.lon()});
    }
}
