package org.roguewatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.detect.DetectionSetup;
import org.roguewatch.observe.CellField;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.FieldHistory;
import org.roguewatch.observe.GsmFields;
import org.roguewatch.observe.Radio;
import org.roguewatch.observe.Sighting;
import org.roguewatch.observe.SignalSummary;

class PeriodicDetectionTest {
    private static final Instant FIRST_FRAME = Instant.parse("2026-11-24T08:16:11Z");
    private static final FrameRef SI3 = new FrameRef("live:bts", 7, FIRST_FRAME.plusSeconds(1));

    @Test
    void aLiveCellSnapshottedBeforeItsIdentityWasHeardIsReportedOnceIdentified(@TempDir Path directory)
            throws Exception {
        PeriodicDetection detection = detection(directory);
        detection.accept("probe-1", 1, List.of(cell(868, FIRST_FRAME, Map.of())));
        detection.accept("probe-1", 2, List.of(cell(868, FIRST_FRAME, Map.of(GsmFields.MCC, "262",
                GsmFields.MNC, "42", GsmFields.LAC, 999))));
        detection.accept("probe-1", 3, List.of(cell(868, FIRST_FRAME, Map.of(GsmFields.MCC, "262",
                GsmFields.MNC, "42", GsmFields.LAC, 999, GsmFields.CI, 4711))));

        assertEquals(List.of("262-42-999-4711"), identities(detection));
    }

    @Test
    void anotherCellOnTheChannelOrAnotherProbesSnapshotIsKept(@TempDir Path directory) throws Exception {
        PeriodicDetection detection = detection(directory);
        detection.accept("probe-1", 1, List.of(cell(868, FIRST_FRAME, Map.of(GsmFields.MCC, "262"))));
        detection.accept("probe-2", 1, List.of(cell(868, FIRST_FRAME, Map.of())));
        // A clone taking the channel later is a cell of its own (it starts with its own first frame).
        detection.accept("probe-1", 2, List.of(cell(868, FIRST_FRAME.plusSeconds(30), Map.of(GsmFields.MCC, "262",
                GsmFields.MNC, "42", GsmFields.LAC, 999, GsmFields.CI, 4711))));
        // The same first frame with a different identity heard is no refinement of the first snapshot.
        detection.accept("probe-1", 3, List.of(cell(868, FIRST_FRAME, Map.of(GsmFields.MCC, "001"))));

        assertEquals(4, identities(detection).size(), identities(detection).toString());
    }

    private static PeriodicDetection detection(Path directory) {
        ProbeRegistry registry = new ProbeRegistry(Duration.ofMinutes(1), Duration.ofMinutes(5), List.of(),
                Clock.systemUTC());
        return new PeriodicDetection(DetectionSetup.defaults(), registry, directory.resolve("report.jsonl"));
    }

    private static List<String> identities(PeriodicDetection detection) throws Exception {
        return detection.run().assessments().stream().flatMap(a -> a.cell().observations().stream())
                .map(o -> o.identity().toString()).toList();
    }

    /** A cell heard from {@code firstSeen} with the given identity fields, each from one SI3. */
    private static CellObservation cell(int arfcn, Instant firstSeen, Map<CellField<?>, Object> identity) {
        Map<CellField<?>, FieldHistory<?>> fields = new LinkedHashMap<>();
        identity.forEach((field, value) -> fields.put(field, new FieldHistory<>(List.of(new Sighting<>(value, SI3,
                SI3, 1)), value)));
        return new CellObservation("probe-1", Radio.GSM, arfcn, firstSeen, SI3.time(), fields, new TreeMap<>(),
                SignalSummary.NONE);
    }
}
