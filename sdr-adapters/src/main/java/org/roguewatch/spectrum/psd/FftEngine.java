package org.roguewatch.spectrum.psd;

/**
 * The FFT behind {@link WelchPsd}. Both compute the same unnormalised forward DFT; they differ in
 * speed and in the order the bins come out, which Welch fixes once per spectrum, not per segment.
 */
public enum FftEngine {
    /**
     * Commons Math {@code FastFourierTransformer.transformInPlace} (radix-2, natural order): the
     * reference. On the 2-core build host it computes a 2.4 MS/s PSD at about 16× real time per
     * core (FFT 1024), short of the 50× the probes need.
     */
    COMMONS_MATH,
    /**
     * {@link Radix4Fft}: radix-4 decimation in frequency that leaves its output in digit-reversed
     * order (no reordering pass, a quarter of the twiddle multiplications of radix-2 saved). About
     * 2.5× Commons Math here; tests hold it to Commons Math within 1e-12 relative.
     */
    RADIX4
}
