package org.roguewatch.spectrumobs;

import java.util.List;
import org.roguewatch.decode.MalformedSink;
import org.roguewatch.spectrum.detect.Calibration;
import org.roguewatch.spectrum.detect.CarrierDetector;
import org.roguewatch.spectrum.sweep.SweepAssembler;
import org.roguewatch.spectrum.sweep.SweepRow;

/**
 * Sweep rows folded into carrier observations as they arrive, for a file read to its end and for a
 * live tool's stdout alike. Rows come from one thread while snapshots may be taken from another, so
 * every method holds the folding's lock; a snapshot is cumulative since the folding began.
 */
public final class SweepFolding {
    private final CarrierAccumulator carriers;
    private final SweepRows lines = new SweepRows();
    private final SweepAssembler assembler;

    /**
     * @param probeId the probe whose observations these are
     * @param source  the name the observations carry as their source (a file, or a probe's source name)
     */
    public SweepFolding(String probeId, String source, CarrierDetector detector, Calibration calibration,
            MalformedSink sink) {
        this.carriers = new CarrierAccumulator(probeId, source, detector, calibration);
        this.assembler = new SweepAssembler(sweep -> carriers.add(sweep, lines.emitted(sweep)), sink);
    }

    public synchronized void accept(SweepRow row) {
        lines.read(row);
        assembler.accept(row);
    }

    /** Completes the sweep in progress (the input ended; a later row starts a new sweep). */
    public synchronized void flush() {
        assembler.flush();
    }

    /** Sweeps folded so far. */
    public synchronized long sweeps() {
        return carriers.spectra();
    }

    /** One observation per carrier followed so far, over every complete sweep. */
    public synchronized List<SpectrumObservation> observations() {
        return carriers.observations();
    }
}
