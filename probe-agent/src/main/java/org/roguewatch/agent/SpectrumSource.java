package org.roguewatch.agent;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.roguewatch.probe.FrameCounters;
import org.roguewatch.spectrum.bridge.BridgeSettings;
import org.roguewatch.spectrum.bridge.BridgeState;
import org.roguewatch.spectrum.bridge.BridgeStatus;
import org.roguewatch.spectrum.bridge.SweepCommand;
import org.roguewatch.spectrum.bridge.SweepProcessBridge;
import org.roguewatch.spectrum.detect.Calibration;
import org.roguewatch.spectrum.detect.CarrierDetector;
import org.roguewatch.spectrum.sigmf.SigmfRecording;
import org.roguewatch.spectrum.sweep.SweepReader;
import org.roguewatch.spectrumobs.SpectrumObservation;
import org.roguewatch.spectrumobs.SpectrumObserver;
import org.roguewatch.spectrumobs.SpectrumReading;
import org.roguewatch.spectrumobs.SweepFolding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A spectrum source at work: a sweep file replayed on a thread of its own, or a sweep tool run live
 * through a {@link SweepProcessBridge}; either way its sweeps are folded into carrier observations
 * as they come, and its state in words ("no device", "started", "ended") is what health reports.
 */
final class SpectrumSource implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(SpectrumSource.class);
    /** Jitter of the restart backoff, so a fleet powered up together does not retry in step. */
    private static final double BACKOFF_JITTER = 0.25;

    private final SourceSpec spec;
    private final String probeId;
    private final Runnable onFinished;
    private final FrameCounters counters = new FrameCounters();
    private final SweepFolding folding;
    private volatile SpectrumReading recording;
    private volatile boolean up;
    private volatile boolean finished;
    private volatile String state = "starting";
    private SweepProcessBridge bridge;
    private Thread thread;

    SpectrumSource(SourceSpec spec, String probeId, Runnable onFinished) {
        if (!isSpectrum(spec)) {
            throw new IllegalArgumentException(spec + " is not a spectrum source");
        }
        this.spec = spec;
        this.probeId = probeId;
        this.onFinished = onFinished;
        this.folding = new SweepFolding(probeId, spec.name(), new CarrierDetector(), Calibration.NONE, counters);
    }

    static boolean isSpectrum(SourceSpec spec) {
        return spec instanceof SourceSpec.SweepFile || spec instanceof SourceSpec.SweepProcess;
    }

    String name() {
        return spec.name();
    }

    void start() {
        if (spec instanceof SourceSpec.SweepProcess process) {
            bridge = SweepProcessBridge.start(new SweepCommand(process.tool(), process.command()),
                    new BridgeSettings(process.initialBackoff(), process.maxBackoff(), BACKOFF_JITTER),
                    folding::accept, this::bridgeStatus, counters);
        } else {
            SourceSpec.SweepFile file = (SourceSpec.SweepFile) spec;
            up = true;
            state = "replaying";
            thread = new Thread(() -> replay(file.file()), "source " + spec.name());
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void replay(Path file) {
        try {
            if (isRecording(file)) {
                recording = new SpectrumObserver(probeId, counters).sigmf(file).orElse(null);
            } else {
                try (SweepReader reader = SweepReader.open(file, counters)) {
                    reader.forEachRemaining(folding::accept);
                }
                folding.flush();
            }
            state = "ended";
            LOG.info("source {}: {} ended", spec.name(), file);
        } catch (IOException | RuntimeException e) {
            state = "failed: " + e.getMessage();
            LOG.error("source {}: {} failed: {}", spec.name(), file, e.toString());
        } finally {
            up = false;
            // As for capture replays: the last snapshot is spooled before the source counts as finished.
            onFinished.run();
            finished = true;
        }
    }

    private static boolean isRecording(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(SigmfRecording.META_SUFFIX) || name.endsWith(SigmfRecording.DATA_SUFFIX);
    }

    /** The bridge's thread: a run that ended leaves its last sweep complete, so it counts at once. */
    private void bridgeStatus(BridgeStatus status) {
        state = status.state().words();
        up = status.state() == BridgeState.STARTED;
        if (status.state().isFailure()) {
            folding.flush();
        }
    }

    /** The carriers heard so far (cumulative since the source started). */
    List<SpectrumObservation> observations() {
        SpectrumReading read = recording;
        return read != null ? read.observations() : folding.observations();
    }

    /** Spectra folded so far: what tells a snapshot that something changed. */
    long spectra() {
        SpectrumReading read = recording;
        return read != null ? read.spectra() : folding.sweeps();
    }

    SortedMap<String, Long> malformed() {
        return counters.malformed();
    }

    boolean up() {
        return up;
    }

    String state() {
        return state;
    }

    boolean finished() {
        return finished;
    }

    @Override
    public void close() {
        if (bridge != null) {
            bridge.close();
            state = BridgeState.STOPPED.words();
            up = false;
        }
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
