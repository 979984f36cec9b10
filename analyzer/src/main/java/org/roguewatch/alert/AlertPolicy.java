package org.roguewatch.alert;

import java.time.Duration;
import java.time.Instant;
import org.roguewatch.detect.Verdict;
import org.roguewatch.registry.Severity;

/**
 * When an emitter is alert-worthy and when its alert resolves.
 *
 * @param scoreThreshold a score at or above this opens an alert (the detection scale: the rogue verdict's)
 * @param openSeverity   a single finding of this severity or higher opens an alert whatever the score
 * @param quietTime      an open alert resolves once its emitter has not looked rogue for this long
 * @param probeSilent    a probe whose data is older than this is reported "silent" rather than "ok"
 */
public record AlertPolicy(double scoreThreshold, Severity openSeverity, Duration quietTime, Duration probeSilent) {
    public static final Duration DEFAULT_PROBE_SILENT = Duration.ofMinutes(10);

    public AlertPolicy(double scoreThreshold, Severity openSeverity, Duration quietTime) {
        this(scoreThreshold, openSeverity, quietTime, DEFAULT_PROBE_SILENT);
    }

    public static AlertPolicy defaults() {
        return new AlertPolicy(6.0, Severity.HIGH, Duration.ofMinutes(30));
    }

    /** A probe's health from the age of its latest data. */
    public String probeStatus(Instant lastSeen, Instant now) {
        if (lastSeen == null) {
            return "never-heard";
        }
        return Duration.between(lastSeen, now).compareTo(probeSilent) > 0 ? "silent" : "ok";
    }

    /** Whether a snapshot warrants an (open) alert: the rogue verdict, the score, or one severe finding. */
    public boolean rogue(EmitterSnapshot snapshot) {
        if (snapshot.verdict() == Verdict.ROGUE || snapshot.score() >= scoreThreshold) {
            return true;
        }
        return snapshot.findings().stream()
                .anyMatch(f -> f.weight() > 0 && f.severity().compareTo(openSeverity) >= 0);
    }
}
