package org.roguewatch.detect;

import java.util.List;
import org.roguewatch.registry.Severity;

/**
 * One signature of {@code ../shared/design/SIGNATURES.md}: a stable id, what it flags, the
 * source it rests on, a version that changes whenever its rule changes, and the rule itself.
 * Implementations are stateless and thread-safe; {@link #findings} must not allocate when it
 * finds nothing, since it runs for every cell of every probe.
 */
public interface Detector {
    String id();

    /** Bumped whenever the rule changes, so a finding traces to the exact rule that produced it. */
    int version();

    /** One line: what the detector flags. */
    String summary();

    /** The spec clause, detector or paper the rule rests on. */
    String source();

    Severity defaultSeverity();

    /** Contribution to the cell's score; see {@link Scoring}. */
    default double defaultWeight() {
        return Scoring.defaultWeight(defaultSeverity());
    }

    /** Thresholds the operator may tune. */
    default List<ParameterSpec> parameters() {
        return List.of();
    }

    /** Whether the detector needs the operator's cell plan (it stays silent without one). */
    default boolean needsPlan() {
        return false;
    }

    List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings);

    /** Builds a finding of this detector with its configured severity and weight. */
    default Finding finding(CellHistory cell, DetectorSettings settings, String summary, List<Evidence> evidence) {
        return new Finding(id(), version(), settings.severity(), settings.weight(), cell.ref(), summary, evidence);
    }
}
