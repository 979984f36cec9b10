package org.roguewatch.ingest;

import java.util.List;
import org.roguewatch.observe.CellObservation;

/**
 * The detection stage behind the ingest server. Called once per accepted batch, in sequence order
 * per probe, never twice for one (probe, sequence); calls for different probes may come from
 * different threads at once.
 */
public interface ObservationSink {
    void accept(String probeId, long sequence, List<CellObservation> observations);
}
