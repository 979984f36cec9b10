package org.roguewatch.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.roguewatch.spectrum.json.JsonException;
import org.roguewatch.spectrum.json.JsonParser;
import org.roguewatch.spectrum.json.JsonValue;
import org.roguewatch.spectrum.json.JsonValue.JsonObject;
import org.roguewatch.spectrum.json.JsonWriter;

/** One version of serve's JSON-lines report ({@code analyze --json} contract plus probe lines), parsed. */
record ServedReport(Path file, List<JsonObject> lines) {
    ServedReport {
        lines = List.copyOf(lines);
    }

    static ServedReport read(Path file) throws IOException {
        List<JsonObject> lines = new ArrayList<>();
        List<String> text = Files.readAllLines(file);
        for (int i = 0; i < text.size(); i++) {
            try {
                lines.add((JsonObject) JsonParser.parse(text.get(i)));
            } catch (JsonException | ClassCastException e) {
                throw new IOException(file + ":" + (i + 1) + ": not a JSON object: " + e.getMessage(), e);
            }
        }
        return new ServedReport(file, lines);
    }

    List<JsonObject> ofType(String type) {
        return lines.stream().filter(line -> type.equals(text(line, "type"))).toList();
    }

    /** The cell lines: one per cell and probe that heard it. */
    List<JsonObject> cells() {
        return ofType("cell");
    }

    /** The findings about cells (probe findings such as PROBE-SILENT name no cell). */
    List<JsonObject> cellFindings() {
        return ofType("finding").stream().filter(line -> line.get("cell").isPresent()).toList();
    }

    Optional<JsonObject> probe(String probeId) {
        return ofType("probe").stream().filter(line -> probeId.equals(text(line, "probe"))).findFirst();
    }

    /** A scalar member as text (a string's value, a number as written); null when absent. */
    static String text(JsonObject object, String key) {
        return object.get(key).map(ServedReport::scalar).orElse(null);
    }

    /** An array member's elements as text. */
    static List<String> items(JsonObject object, String key) {
        JsonValue value = object.get(key).orElseThrow(() -> new IllegalArgumentException("no " + key + " in " + object));
        if (!(value instanceof JsonValue.JsonArray array)) {
            throw new IllegalArgumentException(key + " is a JSON " + value.kind() + ", not an array");
        }
        return array.elements().stream().map(ServedReport::scalar).toList();
    }

    /** An object member's members, their values as text. */
    static Map<String, String> members(JsonObject object, String key) {
        JsonValue value = object.get(key).orElseThrow(() -> new IllegalArgumentException("no " + key + " in " + object));
        if (!(value instanceof JsonObject members)) {
            throw new IllegalArgumentException(key + " is a JSON " + value.kind() + ", not an object");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        members.members().forEach((name, member) -> texts.put(name, scalar(member)));
        return texts;
    }

    private static String scalar(JsonValue value) {
        if (value instanceof JsonValue.JsonString string) {
            return string.value();
        }
        if (value instanceof JsonValue.JsonNumber number) {
            return number.literal();
        }
        if (value instanceof JsonValue.JsonBoolean bool) {
            return Boolean.toString(bool.value());
        }
        if (value instanceof JsonValue.JsonNull) {
            return "null";
        }
        throw new IllegalArgumentException("a JSON " + value.kind() + " is no scalar");
    }

    @Override
    public String toString() {
        return file + ": " + lines.stream().map(JsonWriter::write).toList();
    }

    /** Where a running serve writes its report, and how it is awaited. */
    record Source(Path file, Duration refresh, List<TrackedProcesses.Started> writers) {
        private static final Duration POLL = Duration.ofMillis(100);

        /**
         * Waits (up to {@code firstCellTimeout}) for a report holding a cell and the probe's health, lets
         * the cell broadcast for {@code window} more, then returns the first report written a full
         * {@link #refresh} after that — the probe's last snapshot and serve's next detection run.
         */
        ServedReport await(String probeId, Duration firstCellTimeout, Duration window)
                throws IOException, InterruptedException {
            poll(firstCellTimeout, "a cell and " + probeId + "'s health", report -> !report.cells().isEmpty()
                    && report.probe(probeId).flatMap(line -> line.get("malformed")).isPresent(), Instant.EPOCH);
            Thread.sleep(window.toMillis());
            Instant settled = Instant.now().plus(refresh);
            return poll(refresh.multipliedBy(10), "a report written after " + settled, report -> true, settled);
        }

        private ServedReport poll(Duration timeout, String what, Predicate<ServedReport> done,
                                  Instant writtenAfter) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            ServedReport last = null;
            do {
                if (Files.exists(file) && Files.getLastModifiedTime(file).compareTo(FileTime.from(writtenAfter)) > 0) {
                    last = read(file);
                    if (done.test(last)) {
                        return last;
                    }
                }
                Thread.sleep(POLL.toMillis());
            } while (System.nanoTime() < deadline);
            StringBuilder message = new StringBuilder("serve wrote no report with " + what + " within " + timeout
                    + "; last: " + (last == null ? "none" : last.lines().size() + " line(s) " + last));
            for (TrackedProcesses.Started writer : writers) {
                message.append("\n").append(writer.role()).append(" (PID ").append(writer.pid()).append(")")
                        .append(writer.process().isAlive() ? "" : " exited " + writer.process().exitValue())
                        .append(", its log:\n").append(writer.logTail(20));
            }
            throw new IOException(message.toString());
        }
    }
}
