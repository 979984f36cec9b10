package org.roguewatch.ingest;

/** How recently the analyzer heard from a probe. */
public enum ProbeState {
    /** Heard within the stale threshold. */
    ALIVE,
    /** Not heard for longer than the stale threshold: a link problem, most likely. */
    STALE,
    /** Not heard for longer than the silent threshold (or never, for an expected probe): PROBE-SILENT. */
    SILENT
}
