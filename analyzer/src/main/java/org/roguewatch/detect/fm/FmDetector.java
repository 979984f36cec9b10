package org.roguewatch.detect.fm;

import java.util.List;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Scoring;
import org.roguewatch.registry.Severity;
import org.roguewatch.spectrumobs.SpectrumEvidence;
import org.roguewatch.spectrumobs.SpectrumObservation;

/**
 * One FM signature of SIGNATURES.md ("Illegal broadcast"), in the shape of the cell detectors: a
 * stable id, a version bumped when the rule changes, a summary, the source it rests on, a default
 * severity, and the rule applied to one carrier.
 */
public interface FmDetector {
    String id();

    int version();

    String summary();

    String source();

    Severity defaultSeverity();

    List<FmFinding> findings(FmCarrier carrier, FmContext context);

    /** A finding of this detector with its default weight; none when there is no evidence. */
    default List<FmFinding> finding(FmCarrier carrier, String summary, List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return List.of();
        }
        return List.of(new FmFinding(id(), version(), defaultSeverity(), Scoring.defaultWeight(defaultSeverity()),
                carrier.frequencyHz(), summary, evidence));
    }

    /** Evidence pointing at where {@code observation} shows a value: its strongest spectrum. */
    static Evidence evidence(SpectrumObservation observation, String field, Object value, Object expected) {
        return evidence(observation, observation.strongest(), field, value, expected);
    }

    static Evidence evidence(SpectrumObservation observation, SpectrumEvidence where, String field, Object value,
            Object expected) {
        return new Evidence(observation.probeId(), where.source(), where.position(), where.time(), field, value,
                expected);
    }
}
