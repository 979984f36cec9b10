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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.broadcast.FmAnalysis;
import org.roguewatch.broadcast.FmAnalysisResult;
import org.roguewatch.broadcast.FmInputs;
import org.roguewatch.detect.DetectionSetup;
import org.roguewatch.detect.Detector;
import org.roguewatch.detect.fm.FmDetector;
import org.roguewatch.detect.fm.FmProbeSite;
import org.roguewatch.locate.FleetLocation;
import org.roguewatch.locate.FleetLocator;
import org.roguewatch.locate.LocateSettings;
import org.roguewatch.observe.CellIdentity;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.Radio;
import org.roguewatch.probe.FrameCounters;
import org.roguewatch.registry.FmLicences;
import org.roguewatch.registry.ProbeWaypoint;
import org.roguewatch.registry.RosterProbe;
import org.roguewatch.report.Json;
import org.roguewatch.report.JsonLinesReport;
import org.roguewatch.spectrumobs.SpectrumObservation;
import org.roguewatch.spectrumobs.SpectrumReading;
import org.roguewatch.uplink.ProbeHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default detection stage of {@code serve}: keeps the latest snapshot of every cell each probe
 * reported (probes ship cumulative snapshots, so a newer one replaces the older), and on each run
 * assesses them all with the {@link DetectionSetup} and rewrites the output file atomically as
 * JSON lines in the {@code analyze --json} contract, followed by a line per probe and the
 * PROBE-SILENT findings. Spectrum batches are kept per probe source (each replaces that source's
 * previous one); when any are held, each run also runs the FM stage ({@link FmAnalysis#judge}) with
 * the licence register and the positions the probes report, and writes its {@code carrier},
 * {@code finding} and {@code location} lines after the cells', as {@code analyze --json} does.
 */
public final class PeriodicDetection implements ObservationSink, SpectrumSink {
    private static final Logger LOG = LoggerFactory.getLogger(PeriodicDetection.class);

    /** A probe's spectrum source: the name its carriers carry as their source. */
    private record SpectrumKey(String probeId, String source) {
    }

    private record CellKey(String probeId, Radio radio, int channel, CellIdentity identity, Instant firstSeen) {
    }

    private final DetectionSetup setup;
    /** Locates suspicious and rogue cells from the levels at the probes that report a position, as `locate` does. */
    private final FleetLocator locator;
    private final ProbeRegistry registry;
    private final Path output;
    private final Map<CellKey, CellObservation> latest = new LinkedHashMap<>();
    private final List<DetectionListener> listeners = new CopyOnWriteArrayList<>();
    private final FmLicences licences;
    private final Map<SpectrumKey, List<SpectrumObservation>> spectrum = new LinkedHashMap<>();
    private final List<FmDetectionListener> fmListeners = new CopyOnWriteArrayList<>();

    public PeriodicDetection(DetectionSetup setup, ProbeRegistry registry, Path output) {
        this(setup, registry, output, null);
    }

    /** @param licences the FM licence register, or null (then every FM carrier is unlicensed) */
    public PeriodicDetection(DetectionSetup setup, ProbeRegistry registry, Path output, FmLicences licences) {
        this.setup = setup;
        this.locator = new FleetLocator(LocateSettings.defaults(setup.engine().scoring()));
        this.registry = registry;
        this.output = output;
        this.licences = licences;
    }

    public void addListener(DetectionListener listener) {
        listeners.add(listener);
    }

    /** Told the FM stage's result after every run that had spectrum observations. */
    public void addFmListener(FmDetectionListener listener) {
        fmListeners.add(listener);
    }

    @Override
    public synchronized void acceptSpectrum(String probeId, long sequence, List<SpectrumObservation> observations) {
        Map<String, List<SpectrumObservation>> bySource = new LinkedHashMap<>();
        for (SpectrumObservation observation : observations) {
            bySource.computeIfAbsent(observation.source(), source -> new ArrayList<>()).add(observation);
        }
        bySource.forEach((source, carriers) -> spectrum.put(new SpectrumKey(probeId, source), List.copyOf(carriers)));
    }

    @Override
    public synchronized void accept(String probeId, long sequence, List<CellObservation> observations) {
        for (CellObservation observation : observations) {
            CellKey key = keyOf(probeId, observation, observation.identity());
            // A live probe may snapshot a cell before its SI3/SI4 names it; the same cell (same channel,
            // same first frame) with more of its identity heard replaces that snapshot, which would
            // otherwise stay in every report as an unidentified cell of its own.
            for (CellIdentity partial : partialsOf(observation.identity())) {
                latest.remove(keyOf(probeId, observation, partial));
            }
            latest.put(key, observation);
        }
    }

    private static CellKey keyOf(String probeId, CellObservation observation, CellIdentity identity) {
        return new CellKey(probeId, observation.radio(), observation.channel(), identity, observation.firstSeen());
    }

    /** The identities with fewer parts heard that agree with {@code identity} on every part they have. */
    private static Set<CellIdentity> partialsOf(CellIdentity identity) {
        Set<CellIdentity> partials = new HashSet<>();
        for (int kept = 0; kept < 15; kept++) {
            CellIdentity partial = new CellIdentity((kept & 1) != 0 ? identity.mcc() : null,
                    (kept & 2) != 0 ? identity.mnc() : null, (kept & 4) != 0 ? identity.lac() : null,
                    (kept & 8) != 0 ? identity.ci() : null);
            if (!partial.equals(identity)) {
                partials.add(partial);
            }
        }
        return partials;
    }

    /** Runs detection over everything held now and rewrites the output; returns the detection. */
    public DetectionSetup.Detection run() throws IOException {
        long start = System.nanoTime();
        List<CellObservation> observations;
        List<SpectrumReading> readings;
        synchronized (this) {
            observations = new ArrayList<>(latest.values());
            readings = readings();
        }
        List<ProbeStatus> fleet = registry.evaluate();
        Map<String, double[]> sites = registry.positions();
        DetectionSetup.Detection detection = setup.run(observations, sites, Set.of());
        List<ProbeFinding> probeFindings = ProbeSilence.findings(fleet);
        List<RosterProbe> placed = placedProbes(fleet);
        FleetLocation located = placed.isEmpty() ? null
                : locator.locate(detection.assessments(), placed, setup.plan());
        AnalysisResult result = new AnalysisResult("fleet", placed, List.of(), observations, detection,
                setup.plan(), new FrameCounters(), Duration.ofNanos(System.nanoTime() - start), located);
        FmAnalysisResult fm = readings.isEmpty() ? null
                : FmAnalysis.judge(readings, new FmAnalysis.Options(licences, sites(fleet), false));
        write(result, fleet, probeFindings, fm);
        for (DetectionListener listener : listeners) {
            listener.detected(result, fleet, probeFindings);
        }
        if (fm != null) {
            for (FmDetectionListener listener : fmListeners) {
                listener.detected(fm);
            }
        }
        LOG.info("detection over {} observation(s) from {} probe(s): {} cell(s), {} silent probe(s)",
                observations.size(), fleet.size(), detection.assessments().size(), probeFindings.size());
        return detection;
    }

    /**
     * The probes whose heartbeats report a position, as fixed sites at that position: what localization needs.
     * A cell heard only by probes without a position is reported as not located, naming such a probe.
     */
    private static List<RosterProbe> placedProbes(List<ProbeStatus> fleet) {
        List<RosterProbe> placed = new ArrayList<>();
        for (ProbeStatus status : fleet) {
            ProbeHealth.Position position = status.health() == null ? null : status.health().position();
            if (position != null) {
                Double height = Double.isNaN(position.heightM()) ? null : position.heightM();
                placed.add(new RosterProbe(status.probeId(), List.of(), null,
                        List.of(new ProbeWaypoint(null, position.lat(), position.lon(), height)), 0));
            }
        }
        return placed;
    }

    /** One reading per probe source, named {@code probe:ID/SOURCE}; its spectra, the most any carrier covered. */
    private List<SpectrumReading> readings() {
        List<SpectrumReading> readings = new ArrayList<>();
        spectrum.forEach((key, carriers) -> {
            int spectra = carriers.stream().mapToInt(SpectrumObservation::covered).max().orElse(0);
            readings.add(new SpectrumReading("probe:" + key.probeId() + "/" + key.source(), "fleet", spectra, 0,
                    carriers));
        });
        return readings;
    }

    /** The probes that report a position; a probe without a height is taken to be on a rooftop. */
    private static Map<String, FmProbeSite> sites(List<ProbeStatus> fleet) {
        Map<String, FmProbeSite> sites = new LinkedHashMap<>();
        for (ProbeStatus status : fleet) {
            if (status.health() != null && status.health().position() != null) {
                ProbeHealth.Position position = status.health().position();
                double height = Double.isFinite(position.heightM()) ? position.heightM() : FmInputs.DEFAULT_PROBE_HEIGHT_M;
                sites.put(status.probeId(), new FmProbeSite(status.probeId(), position.lat(), position.lon(), height));
            }
        }
        return sites;
    }

    private void write(AnalysisResult result, List<ProbeStatus> fleet, List<ProbeFinding> probeFindings,
            FmAnalysisResult fm) throws IOException {
        Path directory = output.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = directory.resolve(output.getFileName() + ".tmp");
        try (PrintStream out = new PrintStream(Files.newOutputStream(temporary), false, StandardCharsets.UTF_8)) {
            out.println(Json.write(header(result.detectors(), fm == null ? List.of() : fm.detectors(), fleet)));
            JsonLinesReport report = new JsonLinesReport(out);
            report.cells(result);
            report.locations(result);
            if (fm != null) {
                report.carriers(fm);
            }
            for (ProbeStatus status : fleet) {
                out.println(Json.write(probeLine(status)));
            }
            for (ProbeFinding finding : probeFindings) {
                out.println(Json.write(findingLine(finding)));
            }
            report.summary(result, fm);
        }
        Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The report line of {@code analyze --json}, with the probe-fleet signature among the detectors. */
    private static Map<String, Object> header(List<Detector> detectors, List<FmDetector> fmDetectors,
            List<ProbeStatus> fleet) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "report");
        line.put("version", JsonLinesReport.VERSION);
        line.put("tool", "roguewatch serve");
        List<Object> ran = new ArrayList<>();
        for (Detector detector : detectors) {
            ran.add(detectorEntry(detector.id(), detector.version()));
        }
        for (FmDetector detector : fmDetectors) {
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
            status.health().sources().forEach(source -> sources.put(source.name(), source.state()));
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
