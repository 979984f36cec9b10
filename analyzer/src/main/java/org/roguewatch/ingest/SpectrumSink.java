package org.roguewatch.ingest;

import java.util.List;
import org.roguewatch.spectrumobs.SpectrumObservation;

/**
 * The FM stage behind the ingest server: an {@link ObservationSink} that also implements this is
 * handed every spectrum batch, with the same ordering guarantees; one that does not has spectrum
 * batches kept in quarantine, unread. Each batch is one probe spectrum source's whole set of
 * carriers so far, so it replaces what that source sent before.
 */
public interface SpectrumSink {
    void acceptSpectrum(String probeId, long sequence, List<SpectrumObservation> observations);
}
