package org.roguewatch.detect;

import org.roguewatch.registry.Severity;

/**
 * What every detector, of cells or of FM carriers, says about itself: a stable id, the version of
 * its rule, a default severity, a one-line summary and the source the rule rests on.
 */
public abstract class Signature {
    private final String id;
    private final int version;
    private final Severity severity;
    private final String summary;
    private final String source;

    protected Signature(String id, int version, Severity severity, String summary, String source) {
        this.id = id;
        this.version = version;
        this.severity = severity;
        this.summary = summary;
        this.source = source;
    }

    public final String id() {
        return id;
    }

    public final int version() {
        return version;
    }

    public final Severity defaultSeverity() {
        return severity;
    }

    public final String summary() {
        return summary;
    }

    public final String source() {
        return source;
    }

    @Override
    public String toString() {
        return id + " v" + version;
    }
}
