package org.roguewatch.detect;

import java.util.List;
import org.roguewatch.registry.Severity;

/** The fixed description every detector carries; subclasses add only their rule and parameters. */
public abstract class SignatureDetector implements Detector {
    private final String id;
    private final int version;
    private final Severity severity;
    private final String summary;
    private final String source;

    protected SignatureDetector(String id, int version, Severity severity, String summary, String source) {
        this.id = id;
        this.version = version;
        this.severity = severity;
        this.summary = summary;
        this.source = source;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final int version() {
        return version;
    }

    @Override
    public final Severity defaultSeverity() {
        return severity;
    }

    @Override
    public final String summary() {
        return summary;
    }

    @Override
    public final String source() {
        return source;
    }

    /** A single finding, or none when {@code evidence} is empty. */
    protected final List<Finding> oneFinding(CellHistory cell, DetectorSettings settings, String summary,
                                             List<Evidence> evidence) {
        return evidence.isEmpty() ? List.of() : List.of(finding(cell, settings, summary, evidence));
    }

    @Override
    public String toString() {
        return id + " v" + version;
    }
}
