package org.roguewatch.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.detect.DetectionSetup;
import org.roguewatch.detect.Detector;
import org.roguewatch.observe.CellIdentity;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.Radio;
import org.roguewatch.probe.FrameCounters;
import org.roguewatch.report.Json;
import org.roguewatch.report.JsonLinesReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default detection stage of {@code serve}: keeps the latest snapshot of every cell each probe
 * reported (probes ship cumulative snapshots, so a newer one replaces the older), and on each run
 * assesses them all with the {@link DetectionSetup} and rewrites the output file atomically as
 * JSON lines in the {@code analyze --json} contract, followed by a line per probe and the
 * PROBE-SILENT findings.
 */
public final class PeriodicDetection implements ObservationSink {
    private static final Logger LOG = LoggerFactory.getLogger(PeriodicDetection.class);

    private record CellKey(String probeId, Radio radio, int channel, CellIdentity identity, Instant firstSeen) {
    }

    private final DetectionSetup setup;
    private final ProbeRegistry registry;
    private final Path output;
    private final Map<CellKey, CellObservation> latest = new LinkedHashMap<>();
    private final List<DetectionListener> listeners = new CopyOnWriteArrayList<>();

    public PeriodicDetection(DetectionSetup setup, ProbeRegistry registry, Path output) {
        this.setup = setup;
        this.registry = registry;
        this.output = output;
    }

    public void addListener(DetectionListener listener) {
        listeners.add(listener);
    }

    @Override
    public synchronized void accept(String probeId, long sequence, List<CellObservation> observations) {
        for (CellObservation observation : observations) {
            latest.put(new CellKey(probeId, observation.radio(), observation.channel(), observation.identity(),
                    observation.firstSeen()), observation);
        }
    }

    /** Runs detection over everything held now and rewrites the output; returns the detection. */
    public DetectionSetup.Detection run() throws IOException {
        long start = System.nanoTime();
        List<CellObservation> observations;
        synchronized (this) {
            observations = new ArrayList<>(latest.values());
        }
        List<ProbeStatus> fleet = registry.evaluate();
        DetectionSetup.Detection detection = setup.run(observations, registry.positions(), Set.of());
        List<ProbeFinding> probeFindings = ProbeSilence.findings(fleet);
        AnalysisResult result = new AnalysisResult("fleet", List.of(), List.of(), observations, detection,
                setup.plan(), new FrameCounters(), Duration.ofNanos(System.nanoTime() - start), null);
        write(result, fleet, probeFindings);
        for (DetectionListener listener : listeners) {
            listener.detected(result, fleet, probeFindings);
        }
        LOG.info("detection over {} observation(s) from {} probe(s): {} cell(s), {} silent probe(s)",
                observations.size(), fleet.size(), detection.assessments().size(), probeFindings.size());
        return detection;
    }

    private void write(AnalysisResult result, List<ProbeStatus> fleet, List<ProbeFinding> probeFindings)
            throws IOException {
        Path directory = output.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = directory.resolve(output.getFileName() + ".tmp");
        try (PrintStream out = new PrintStream(Files.newOutputStream(temporary), false, StandardCharsets.UTF_8)) {
            out.println(Json.write(header(result.detectors(), fleet)));
            JsonLinesReport report = new JsonLinesReport(out);
            report.cells(result);
            for (ProbeStatus status : fleet) {
                out.println(Json.write(probeLine(status)));
            }
            for (ProbeFinding finding : probeFindings) {
                out.println(Json.write(findingLine(finding)));
            }
            report.summary(result);
        }
        Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The report line of {@code analyze --json}, with the probe-fleet signature among the detectors. */
    private static Map<String, Object> header(List<Detector> detectors, List<ProbeStatus> fleet) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "report");
        line.put("version", JsonLinesReport.VERSION);
        line.put("tool", "roguewatch serve");
        List<Object> ran = new ArrayList<>();
        for (Detector detector : detectors) {
            ran.add(detectorEntry(detector.id(), detector.version()));
        }
        ran.add(detectorEntry(ProbeSilence.ID, ProbeSilence.VERSION));
        line.put("detectors", ran);
        line.put("inputs", fleet.stream().map(status -> "probe:" + status.probeId()).toList());
        return line;
    }

    private static Map<String, Object> detectorEntry(String id, int version) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", id);
        entry.put("version", version);
        return entry;
    }

    /** A probe's line of the report; serve's store keeps it as the probe's health document. */
    static Map<String, Object> probeLine(ProbeStatus status) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "probe");
        line.put("probe", status.probeId());
        line.put("state", status.state().name().toLowerCase(Locale.ROOT));
        line.put("lastContact", status.lastContact());
        line.put("agentVersion", status.agentVersion());
        line.put("batches", status.batches());
        line.put("observations", status.observations());
        line.put("duplicates", status.duplicates());
        line.put("clockOffsetMs", status.clockOffsetMillis());
        if (status.health() != null) {
            line.put("framesPerSecond", status.health().framesPerSecond());
            line.put("spoolRecords", status.health().spool().records());
            line.put("spoolDropped", status.health().spool().droppedRecords());
            line.put("malformed", status.health().malformed());
            if (status.health().position() != null) {
                line.put("lat", status.health().position().lat());
                line.put("lon", status.health().position().lon());
            }
            Map<String, Object> sources = new LinkedHashMap<>();
            status.health().sources().forEach(source -> sources.put(source.name(), source.up() ? "up" : "down"));
            line.put("sources", sources);
        }
        return line;
    }

    private static Map<String, Object> findingLine(ProbeFinding finding) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "finding");
        line.put("signature", finding.signature());
        line.put("detectorVersion", finding.detectorVersion());
        line.put("severity", finding.severity());
        line.put("probe", finding.probeId());
        line.put("summary", finding.summary());
        line.put("lastContact", finding.lastContact());
        if (finding.position() != null) {
            line.put("lat", finding.position().lat());
            line.put("lon", finding.position().lon());
        }
        return line;
    }
}
