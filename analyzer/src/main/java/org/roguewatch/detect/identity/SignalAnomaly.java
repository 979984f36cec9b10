package org.roguewatch.detect.identity;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.ParameterSpec;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.LevelWindow;
import org.roguewatch.registry.Severity;

/**
 * SIGNAL-ANOMALY: a level no macro cell reaches at a probe — a fake base station parked beside the
 * victims is heard up to −50 dBm while network cells arrive at −110…−60 dBm (ICETA 2016) — or a
 * level far above the cell's own history at that probe (mean + k·σ of its earlier minutes): an
 * identity suddenly served by a much nearer transmitter. The prediction from the plan's sites and
 * powers joins once probes report positions.
 */
public final class SignalAnomaly extends SignatureDetector {
    /** A floor for σ, so a perfectly steady history does not flag every decibel. */
    private static final double MIN_SIGMA_DB = 1.0;

    public SignalAnomaly() {
        super("SIGNAL-ANOMALY", 2, Severity.MEDIUM,
                "received level far above what network cells reach at a probe, or above the cell's own history",
                "Crocodile Hunter RSSI score; CellGuard strength check; ICETA 2016");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.integer("maxLevelDbm", -50, -120, 0, "levels at or above this at a probe are flagged"),
                ParameterSpec.integer("historyMinutes", 10, 2, 100_000,
                        "minutes of a cell's history needed before comparing a minute with it"),
                ParameterSpec.decimal("sigmas", 3.0, 0.5, 20.0, "a minute above the history mean by this many σ..."),
                ParameterSpec.integer("minJumpDb", 10, 1, 100, "...and by at least this many dB is flagged"));
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        int max = settings.integer("maxLevelDbm");
        List<Evidence> evidence = null;
        for (CellObservation observation : cell.observations()) {
            Evidence item = null;
            FrameRef strongest = observation.signal().strongest();
            if (observation.signal().samples() > 0 && observation.signal().maxDbm() >= max && strongest != null) {
                item = new Evidence(observation.probeId(), strongest.source(), strongest.frame(), strongest.time(),
                        "gsmtap.signal_dbm", observation.signal().maxDbm(), "< " + max + " dBm");
            } else {
                item = jumpAboveHistory(observation, settings);
            }
            if (item != null) {
                if (evidence == null) {
                    evidence = new ArrayList<>(1);
                }
                evidence.add(item);
            }
        }
        return evidence == null ? List.of()
                : oneFinding(cell, settings, "received level anomaly (strongest " + cell.maxSignalDbm() + " dBm)", evidence);
    }

    /** Welford's running mean and variance over the earlier minutes, compared with each new one. */
    private static Evidence jumpAboveHistory(CellObservation observation, DetectorSettings settings) {
        List<LevelWindow> windows = observation.signal().windows();
        int history = settings.integer("historyMinutes");
        if (windows.size() <= history) {
            return null;
        }
        double sigmas = settings.decimal("sigmas");
        int minJump = settings.integer("minJumpDb");
        double mean = 0;
        double m2 = 0;
        for (int i = 0; i < windows.size(); i++) {
            LevelWindow window = windows.get(i);
            if (i >= history) {
                double sigma = Math.max(MIN_SIGMA_DB, Math.sqrt(m2 / (i - 1)));
                double threshold = mean + sigmas * sigma;
                if (window.meanDbm() > threshold && window.meanDbm() - mean >= minJump) {
                    return new Evidence(observation.probeId(), window.first().source(), window.first().frame(),
                            window.first().time(), "gsmtap.signal_dbm", window.firstDbm(), String.format(
                                    "about %.1f dBm (mean of the %d minutes before; %.1f dBm is %.1f σ above)", mean, i,
                                    window.meanDbm(), (window.meanDbm() - mean) / sigma));
                }
            }
            double delta = window.meanDbm() - mean;
            mean += delta / (i + 1);
            m2 += delta * (window.meanDbm() - mean);
        }
        return null;
    }
}
