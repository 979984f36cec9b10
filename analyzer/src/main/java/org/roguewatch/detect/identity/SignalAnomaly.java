package org.roguewatch.detect.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.ParameterSpec;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.locate.LocalTangentPlane;
import org.roguewatch.locate.LocateSettings;
import org.roguewatch.locate.SectorGain;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.LevelWindow;
import org.roguewatch.registry.PlannedCell;
import org.roguewatch.registry.Severity;

/**
 * SIGNAL-ANOMALY: a received level the network cannot explain, or a level far above the cell's
 * own history at that probe (mean + k·σ of its earlier minutes: an identity suddenly served by a
 * much nearer transmitter; not for a moving probe, whose levels follow its route).
 *
 * <p>What "cannot explain" means depends on what is known. For a planned cell heard on its planned
 * channel by a probe whose position the fleet roster gives, the plan predicts the level (EIRP,
 * sector gain toward the probe, urban log-distance loss over the distance): a mean level more than
 * {@code planMarginDb} above it is flagged. A planned cell at a probe of unknown position is not
 * judged by level (probes stand at cell sites, where the site's own sectors arrive at −40 dBm). Any
 * other cell is judged against the ceiling no macro cell reaches at a probe away from its mast — a
 * fake base station parked beside the victims is heard up to −50 dBm while network cells arrive at
 * −110…−60 dBm (ICETA 2016).
 */
public final class SignalAnomaly extends SignatureDetector {
    /** A floor for σ, so a perfectly steady history does not flag every decibel. */
    private static final double MIN_SIGMA_DB = 1.0;

    public SignalAnomaly() {
        super("SIGNAL-ANOMALY", 3, Severity.MEDIUM,
                "received level far above what network cells reach at a probe, or above the cell's own history",
                "Crocodile Hunter RSSI score; CellGuard strength check; ICETA 2016");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.integer("maxLevelDbm", -50, -120, 0,
                        "levels at or above this at a probe are flagged (cells not in the plan)"),
                ParameterSpec.integer("planMarginDb", 25, 5, 80,
                        "a planned cell's mean level this far above the plan's prediction is flagged"),
                ParameterSpec.integer("historyMinutes", 10, 2, 100_000,
                        "minutes of a cell's history needed before comparing a minute with it"),
                ParameterSpec.decimal("sigmas", 3.0, 0.5, 20.0, "a minute above the history mean by this many σ..."),
                ParameterSpec.integer("minJumpDb", 10, 1, 100, "...and by at least this many dB is flagged"));
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        int max = settings.integer("maxLevelDbm");
        List<Evidence> evidence = null;
        Optional<PlannedCell> planned = context.planned(cell).filter(p -> p.channel() == cell.channel());
        for (CellObservation observation : cell.observations()) {
            Evidence item = null;
            FrameRef strongest = observation.signal().strongest();
            if (observation.signal().samples() > 0 && strongest != null) {
                item = planned.isPresent() ? aboveThePlan(observation, planned.get(), context, settings)
                        : observation.signal().maxDbm() >= max
                                ? new Evidence(observation.probeId(), strongest.source(), strongest.frame(),
                                        strongest.time(), "gsmtap.signal_dbm", observation.signal().maxDbm(),
                                        "< " + max + " dBm")
                                : null;
            }
            if (item == null && !context.isMoving(observation.probeId())) {
                // A moving probe's level follows its own route, not the transmitter: no history to compare.
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

    /** The planned cell's mean level against what its site should deliver at this probe, when the probe's site is known. */
    private static Evidence aboveThePlan(CellObservation observation, PlannedCell cell, DetectionContext context,
                                         DetectorSettings settings) {
        Optional<double[]> probe = context.probeSite(observation.probeId());
        if (probe.isEmpty() || cell.eirpDbm() == null) {
            return null;
        }
        LocalTangentPlane plane = new LocalTangentPlane(cell.latitude(), cell.longitude());
        double[] at = plane.toEastNorth(probe.get()[0], probe.get()[1]);
        double distance = Math.hypot(at[0], at[1]);
        double gain = SectorGain.relativeDb(cell.azimuthDeg(), cell.beamwidthDeg(), SectorGain.bearingDeg(0, 0, at[0], at[1]));
        double predicted = LocateSettings.URBAN.receivedDbm(cell.eirpDbm() + gain, distance);
        double mean = observation.signal().meanDbm();
        if (mean <= predicted + settings.integer("planMarginDb")) {
            return null;
        }
        FrameRef strongest = observation.signal().strongest();
        return new Evidence(observation.probeId(), strongest.source(), strongest.frame(), strongest.time(),
                "gsmtap.signal_dbm", observation.signal().maxDbm(), String.format(Locale.ROOT,
                        "mean %.1f dBm; the plan predicts about %.0f dBm from %s %.0f m away (+%d dB allowed)", mean,
                        predicted, cell.cgi(), distance, settings.integer("planMarginDb")));
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
