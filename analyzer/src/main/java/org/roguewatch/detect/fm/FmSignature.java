package org.roguewatch.detect.fm;

import org.roguewatch.registry.Severity;

/** The fixed description every FM detector carries; subclasses add only their rule. */
public abstract class FmSignature implements FmDetector {
    private final String id;
    private final int version;
    private final Severity severity;
    private final String summary;
    private final String source;

    protected FmSignature(String id, int version, Severity severity, String summary, String source) {
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
    public final String summary() {
        return summary;
    }

    @Override
    public final String source() {
        return source;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public String toString() {
        return id + " v" + version;
    }
}
