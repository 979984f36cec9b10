package org.roguewatch.sim.scenario;

import java.time.Duration;

/**
 * The rtl_power sweep each probe writes: {@code startHz..stopHz} in bins of {@code binHz}, one CSV
 * line per tuner hop of at most {@code hopHz}, a sweep every {@code interval}.
 *
 * @param noiseFloorDbm noise power in one bin
 * @param noiseRippleDb standard deviation of the noise estimate per bin and sweep
 * @param samples       the "samples" column rtl_power writes (FFTs averaged)
 * @param sigmf         the IQ recording to write, or {@code null} for none
 */
public record SpectrumSettings(long startHz, long stopHz, long binHz, long hopHz, Duration interval,
                               double noiseFloorDbm, double noiseRippleDb, int samples, SigmfSettings sigmf) {
}
