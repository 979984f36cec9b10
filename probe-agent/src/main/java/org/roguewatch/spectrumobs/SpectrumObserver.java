package org.roguewatch.spectrumobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.roguewatch.decode.MalformedSink;
import org.roguewatch.spectrum.detect.Calibration;
import org.roguewatch.spectrum.detect.CarrierDetector;
import org.roguewatch.spectrum.psd.WelchPsd;
import org.roguewatch.spectrum.rds.RdsDecoder;
import org.roguewatch.spectrum.sigmf.SigmfRecording;
import org.roguewatch.spectrum.sigmf.SigmfSpectra;
import org.roguewatch.spectrum.sweep.SweepReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one probe's spectrum files into {@link SpectrumObservation}s: a sweep log (rtl_power or
 * hackrf_sweep CSV, plain or gzip) sweep by sweep, a SigMF recording in frames of
 * {@value #SIGMF_FRAME_SECONDS} s. Bad lines and unusable recordings go to the sink, counted, and
 * the rest is read.
 */
public final class SpectrumObserver {
    private static final Logger LOG = LoggerFactory.getLogger(SpectrumObserver.class);
    /** A recording is cut into frames this long, so occupancy and annotations have a time resolution. */
    static final double SIGMF_FRAME_SECONDS = 0.1;
    /** FFT bins about this wide: fine enough to place a carrier within a kHz, coarse enough to average. */
    static final double SIGMF_TARGET_BIN_HZ = 500;
    /** Peak deviation of broadcast FM: the band a station's demodulation needs on each side of its carrier. */
    static final double FM_HALF_WIDTH_HZ = 75_000;

    private final String probeId;
    private final Calibration calibration;
    private final CarrierDetector detector;
    private final MalformedSink sink;

    public SpectrumObserver(String probeId, Calibration calibration, CarrierDetector detector, MalformedSink sink) {
        this.probeId = Objects.requireNonNull(probeId, "probeId");
        this.calibration = Objects.requireNonNull(calibration, "calibration");
        this.detector = Objects.requireNonNull(detector, "detector");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    public SpectrumObserver(String probeId, MalformedSink sink) {
        this(probeId, Calibration.NONE, new CarrierDetector(), sink);
    }

    /** Reads a sweep CSV to the end. */
    public SpectrumReading sweeps(Path file) throws IOException {
        long started = System.nanoTime();
        SweepFolding folding = new SweepFolding(probeId, file.toString(), detector, calibration, sink);
        String format;
        long rows;
        try (SweepReader reader = SweepReader.open(file, sink)) {
            format = reader.tool().name().toLowerCase(Locale.ROOT);
            reader.forEachRemaining(folding::accept);
            rows = reader.rows();
        }
        folding.flush();
        SpectrumReading reading = new SpectrumReading(file.toString(), format, folding.sweeps(), rows,
                folding.observations());
        LOG.info("{}: {} sweeps, {} rows, {} carriers, {} ms", file, reading.spectra(), rows,
                reading.observations().size(), (System.nanoTime() - started) / 1_000_000);
        return reading;
    }

    /** Reads a SigMF recording (either of its two files); empty when it cannot be used (reported to the sink). */
    public Optional<SpectrumReading> sigmf(Path file) throws IOException {
        Optional<SigmfRecording> opened = SigmfRecording.open(file, sink);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        try (SigmfRecording recording = opened.get()) {
            WelchPsd psd = new WelchPsd(fftSizeFor(recording.sampleRate()));
            long perFrame = Math.max((long) psd.fftSize() * 8, Math.round(recording.sampleRate() * SIGMF_FRAME_SECONDS));
            String source = recording.dataPath().toString();
            CarrierAccumulator carriers = new CarrierAccumulator(probeId, source, detector, calibration);
            SigmfSpectra.forEachFrame(recording, psd, perFrame, spectrum -> {
                SpectrumEvidence frame = SpectrumEvidence.samples(source, spectrum.firstSample(), spectrum.sampleCount(),
                        spectrum.time());
                carriers.add(spectrum, hz -> frame);
            });
            return Optional.of(new SpectrumReading(recording.metaPath().toString(),
                    "sigmf " + recording.meta().datatype().sigmfName(), carriers.spectra(), recording.samples(),
                    withRds(carriers.observations(), recording)));
        }
    }

    /**
     * Each FM carrier of the recording's first capture with its RDS decode, when the whole
     * station (±{@value #FM_HALF_WIDTH_HZ} Hz around it) lies inside the recorded band.
     */
    private static List<SpectrumObservation> withRds(List<SpectrumObservation> observations, SigmfRecording recording)
            throws IOException {
        List<SpectrumObservation> out = new ArrayList<>(observations.size());
        double centre = recording.meta().captures().get(0).frequencyHz().orElse(Double.NaN);
        long end = recording.samplesIn(0);
        for (SpectrumObservation seen : observations) {
            double offset = seen.frequencyHz() - centre;
            boolean inside = seen.inFmBand() && Math.abs(offset) + FM_HALF_WIDTH_HZ < recording.sampleRate() / 2
                    && seen.first().sampleStart() < end;
            out.add(!inside ? seen : seen.withRds(RdsDecoder.decode(recording, seen.first().sampleStart(),
                    end - seen.first().sampleStart(), offset)));
        }
        return out;
    }

    /** The power of two whose bins come nearest {@link #SIGMF_TARGET_BIN_HZ}, within the PSD's limits. */
    static int fftSizeFor(double sampleRate) {
        int size = WelchPsd.MIN_FFT_SIZE;
        while (size < WelchPsd.MAX_FFT_SIZE && sampleRate / (size * 2) >= SIGMF_TARGET_BIN_HZ) {
            size *= 2;
        }
        return size;
    }
}
