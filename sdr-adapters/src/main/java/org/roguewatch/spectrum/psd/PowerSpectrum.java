package org.roguewatch.spectrum.psd;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.roguewatch.spectrum.BinnedSpectrum;

/**
 * A Welch power spectrum. Each bin holds the power in that bin in dBFS, scaled so that the bins
 * sum (as power) to the signal's mean power: white noise of total power P reads P/N per bin, a
 * full-scale tone's main lobe sums to 0 dBFS.
 *
 * @param time        time of the first sample analysed, when the recording says (else null)
 * @param firstBinHz  centre of bin 0: centre frequency − sample rate / 2 (baseband 0 Hz when unknown)
 * @param binHz       sample rate / FFT size
 * @param db          dBFS per bin, lowest frequency first
 * @param fftSize     FFT (segment) length
 * @param segments    segments averaged
 * @param firstSample index of the first sample analysed
 * @param sampleCount samples analysed
 */
public record PowerSpectrum(Instant time, double firstBinHz, double binHz, double[] db, int fftSize, long segments,
        long firstSample, long sampleCount) implements BinnedSpectrum {

    public PowerSpectrum {
        Objects.requireNonNull(db, "db");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PowerSpectrum p && Objects.equals(time, p.time)
                && Double.compare(firstBinHz, p.firstBinHz) == 0 && Double.compare(binHz, p.binHz) == 0
                && Arrays.equals(db, p.db) && fftSize == p.fftSize && segments == p.segments
                && firstSample == p.firstSample && sampleCount == p.sampleCount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(time, firstBinHz, binHz, Arrays.hashCode(db), fftSize, segments, firstSample, sampleCount);
    }

    @Override
    public String toString() {
        return "PowerSpectrum[" + time + " " + firstBinHz + " Hz + " + db.length + " x " + binHz + " Hz, "
                + segments + " segments of " + fftSize + ", samples " + firstSample + "+" + sampleCount + "]";
    }
}
