package org.roguewatch.detect;

import java.util.List;
import org.roguewatch.registry.Severity;

/** The fixed description every detector carries; subclasses add only their rule and parameters. */
public abstract class SignatureDetector extends Signature implements Detector {
    protected SignatureDetector(String id, int version, Severity severity, String summary, String source) {
        super(id, version, severity, summary, source);
    }

    /** A single finding, or none when {@code evidence} is empty. */
    protected final List<Finding> oneFinding(CellHistory cell, DetectorSettings settings, String summary,
                                             List<Evidence> evidence) {
        return evidence.isEmpty() ? List.of() : List.of(finding(cell, settings, summary, evidence));
    }
}
