package org.roguewatch.ingest;

/** Told when a probe changes state (for alerts, an API, a map): the hook the analyzer's services wire in. */
public interface ProbeRegistryListener {
    void stateChanged(ProbeStatus before, ProbeStatus after);
}
