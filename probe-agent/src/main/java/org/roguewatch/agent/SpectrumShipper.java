package org.roguewatch.agent;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.spool.Spool;
import org.roguewatch.spectrumobs.SpectrumObservation;
import org.roguewatch.uplink.RecordType;
import org.roguewatch.uplink.SpectrumObservationBatchCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spools a spectrum source's carriers whenever it folded new spectra since it was last shipped, as
 * one batch: the analyzer replaces the source's previous batch with it, so the batch must hold the
 * source's whole set (a track's mean frequency moves as sweeps come in and cannot key a merge).
 */
final class SpectrumShipper {
    private static final Logger LOG = LoggerFactory.getLogger(SpectrumShipper.class);

    private final Spool spool;
    private final SpectrumObservationBatchCodec codec = new SpectrumObservationBatchCodec();
    private final Map<String, Long> shippedSpectra = new HashMap<>();
    private long observationsShipped;
    private long oversize;

    SpectrumShipper(Spool spool) {
        this.spool = spool;
    }

    /** Spools the source's carriers if it saw new spectra; returns how many carriers. */
    synchronized int ship(SpectrumSource source) throws IOException {
        long spectra = source.spectra();
        Long before = shippedSpectra.get(source.name());
        if (spectra == 0 || before != null && before == spectra) {
            return 0;
        }
        List<SpectrumObservation> observations = source.observations();
        shippedSpectra.put(source.name(), spectra);
        if (observations.isEmpty()) {
            return 0;
        }
        byte[] payload = codec.encode(observations);
        if (payload.length > SnapshotShipper.MAX_BATCH_BYTES) {
            oversize++;
            LOG.error("source {}: {} carriers encode to {} bytes, over the {} a frame carries; not shipped",
                    source.name(), observations.size(), payload.length, SnapshotShipper.MAX_BATCH_BYTES);
            return 0;
        }
        spool.append(RecordType.SPECTRUM_OBSERVATION_BATCH, payload);
        observationsShipped += observations.size();
        return observations.size();
    }

    synchronized long observationsShipped() {
        return observationsShipped;
    }

    synchronized long oversize() {
        return oversize;
    }
}
