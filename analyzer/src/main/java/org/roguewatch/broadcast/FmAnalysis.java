package org.roguewatch.broadcast;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.detect.Scoring;
import org.roguewatch.detect.Verdict;
import org.roguewatch.detect.fm.AeroAttribution;
import org.roguewatch.detect.fm.FmCarrier;
import org.roguewatch.detect.fm.FmContext;
import org.roguewatch.detect.fm.FmDetector;
import org.roguewatch.detect.fm.FmDetectors;
import org.roguewatch.detect.fm.FmFinding;
import org.roguewatch.detect.fm.FmProbeSite;
import org.roguewatch.locate.LocalTangentPlane;
import org.roguewatch.locate.PathLossCalibration;
import org.roguewatch.probe.FrameCounters;
import org.roguewatch.registry.FmLicences;
import org.roguewatch.registry.Severity;
import org.roguewatch.spectrum.detect.Calibration;
import org.roguewatch.spectrum.detect.CarrierDetector;
import org.roguewatch.spectrum.sigmf.SigmfAnnotationWriter;
import org.roguewatch.spectrum.sigmf.SigmfException;
import org.roguewatch.spectrumobs.SpectrumObservation;
import org.roguewatch.spectrumobs.SpectrumObserver;
import org.roguewatch.spectrumobs.SpectrumReading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FM stage: reads every probe's spectrum files, joins the carriers across probes, fits the FM
 * path-loss model to the licensed stations, runs the FM detectors on each carrier, locates the
 * rogue ones, and on request writes SigMF annotations for the carriers found in recordings.
 */
public final class FmAnalysis {
    private static final Logger LOG = LoggerFactory.getLogger(FmAnalysis.class);

    /**
     * @param licences      the register, or null for none (then every FM carrier is unlicensed)
     * @param sites         probe positions by id (empty when unknown: no level prediction, no location)
     * @param annotate      write annotations into the inputs' .sigmf-meta files
     * @param calibrationDb per probe, dB added to its receiver's dB to give dBm at the antenna (none: 0)
     */
    public record Options(FmLicences licences, Map<String, FmProbeSite> sites, boolean annotate,
                          Map<String, Double> calibrationDb) {
        public Options {
            licences = licences != null ? licences : new FmLicences(null, List.of(), 0, List.of());
            sites = Map.copyOf(sites);
            calibrationDb = Map.copyOf(calibrationDb);
        }

        public Options(FmLicences licences, Map<String, FmProbeSite> sites, boolean annotate) {
            this(licences, sites, annotate, Map.of());
        }

        Calibration calibration(String probeId) {
            return new Calibration(calibrationDb.getOrDefault(probeId, 0.0));
        }

        /**
         * Per-probe offsets written {@code PROBE=DB,PROBE=DB} (e.g. {@code north=-31.5,east=-29}).
         *
         * @throws IllegalArgumentException naming the part that is not {@code PROBE=DB}
         */
        public static Map<String, Double> parseCalibration(String text) {
            Map<String, Double> offsets = new LinkedHashMap<>();
            for (String part : text.split(",")) {
                String[] pair = part.strip().split("=", 2);
                try {
                    double db = Double.parseDouble(pair.length == 2 ? pair[1].strip() : "");
                    if (pair[0].isBlank() || !Double.isFinite(db)) {
                        throw new NumberFormatException();
                    }
                    offsets.put(pair[0].strip(), db);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + part.strip() + "' is not PROBE=DB (e.g. north=-31.5)");
                }
            }
            return offsets;
        }
    }

    private FmAnalysis() {
    }

    public static FmAnalysisResult run(List<SpectrumInput> inputs, Options options) throws IOException {
        long started = System.nanoTime();
        FrameCounters bad = new FrameCounters();
        List<SpectrumReading> readings = new ArrayList<>();
        for (SpectrumInput input : inputs) {
            SpectrumObserver observer = new SpectrumObserver(input.probeId(), options.calibration(input.probeId()),
                    new CarrierDetector(), bad);
            Optional<SpectrumReading> reading = input.kind() == InputKind.SIGMF ? observer.sigmf(input.file())
                    : Optional.of(observer.sweeps(input.file()));
            reading.ifPresent(readings::add);
        }
        return judge(readings, options, bad, started);
    }

    /**
     * The FM stage over carriers already folded elsewhere (by the probes of a fleet, which shipped
     * their {@link SpectrumObservation}s): joined, fitted, judged and located as {@link #run} does
     * with files. Nothing is annotated, whatever the options say: the recordings are on the probes.
     */
    public static FmAnalysisResult judge(List<SpectrumReading> readings, Options options) throws IOException {
        Options noAnnotation = new Options(options.licences(), options.sites(), false, options.calibrationDb());
        return judge(readings, noAnnotation, new FrameCounters(), System.nanoTime());
    }

    private static FmAnalysisResult judge(List<SpectrumReading> readings, Options options, FrameCounters bad,
            long started) throws IOException {
        List<SpectrumObservation> observations = new ArrayList<>();
        for (SpectrumReading reading : readings) {
            observations.addAll(reading.observations().stream().filter(SpectrumObservation::inFmBand).toList());
        }
        FmContext positions = new FmContext(options.licences(), options.sites(),
                new PathLossCalibration(FmPathLoss.DEFAULTS, false, List.of(), Map.of(), List.of(), ""), Set.of());
        List<FmCarrier> carriers = FmCarrierGrouping.group(observations, options.licences(), positions);
        PathLossCalibration calibration = FmPathLoss.fit(carriers, positions);
        FmContext context = new FmContext(options.licences(), options.sites(), calibration,
                AeroAttribution.sources(carriers));
        List<FmDetector> detectors = FmDetectors.all();
        List<FmAssessment> assessed = new ArrayList<>();
        for (FmCarrier carrier : carriers) {
            assessed.add(assess(carrier, detectors, context));
        }
        LocalTangentPlane plane = planeFor(options.sites().values());
        List<FmLocation> locations = new ArrayList<>();
        if (plane != null) {
            FmLocator locator = new FmLocator(plane, calibration);
            for (FmAssessment assessment : assessed) {
                if (assessment.verdict() == Verdict.ROGUE) {
                    locations.add(locator.locate(assessment, options.sites()));
                }
            }
        }
        int annotations = options.annotate() ? annotate(readings, assessed, bad) : 0;
        FmAnalysisResult result = new FmAnalysisResult(readings, assessed, options.licences(), calibration, plane,
                locations, detectors, bad.malformed(), annotations, Duration.ofNanos(System.nanoTime() - started));
        LOG.info("FM: {} file(s), {} carriers, {} findings, {} located, {} ms", readings.size(), assessed.size(),
                result.findings(), locations.stream().filter(l -> l.geo() != null).count(),
                result.elapsed().toMillis());
        return result;
    }

    private static FmAssessment assess(FmCarrier carrier, List<FmDetector> detectors, FmContext context) {
        List<FmFinding> findings = new ArrayList<>();
        for (FmDetector detector : detectors) {
            findings.addAll(detector.findings(carrier, context));
        }
        double score = 0;
        boolean high = false;
        boolean unlicensed = carrier.licence() == null;
        for (FmFinding finding : findings) {
            score += finding.weight();
            high |= finding.severity() == Severity.HIGH;
            unlicensed |= finding.signature().equals("FM-UNLICENSED-CARRIER");
        }
        Scoring scoring = Scoring.DEFAULT;
        Verdict verdict = high || score >= scoring.rogueFrom() ? Verdict.ROGUE
                : score >= scoring.suspiciousFrom() ? Verdict.SUSPICIOUS : Verdict.OK;
        return new FmAssessment(carrier, findings, score, verdict, !unlicensed);
    }

    /** The plane centred on the probes' mean position; null without any. */
    private static LocalTangentPlane planeFor(Collection<FmProbeSite> sites) {
        if (sites.isEmpty()) {
            return null;
        }
        double lat = 0;
        double lon = 0;
        for (FmProbeSite site : sites) {
            lat += site.latitude();
            lon += site.longitude();
        }
        return new LocalTangentPlane(lat / sites.size(), lon / sites.size());
    }

    private static int annotate(List<SpectrumReading> readings, List<FmAssessment> assessed, FrameCounters bad)
            throws IOException {
        int written = 0;
        for (SpectrumReading reading : readings) {
            if (!reading.format().startsWith("sigmf")) {
                continue;
            }
            Path meta = Path.of(reading.source());
            try {
                written += SigmfAnnotationWriter.append(meta,
                        CarrierAnnotations.of(reading, assessed));
            } catch (SigmfException e) {
                bad.malformed(e.reason(), new FrameRef(meta.toString(), 0, null), e.getMessage());
            }
        }
        return written;
    }
}
