package org.roguewatch.spectrum.detect;

import java.time.Instant;
import java.util.List;

/**
 * What one spectrum holds.
 *
 * @param time     the spectrum's time (may be null)
 * @param fromHz   centre of its first bin
 * @param toHz     centre of its last bin
 * @param carriers carriers found, by frequency
 * @param bands    energy per configured band the spectrum touches
 */
public record SpectrumDetection(Instant time, double fromHz, double toHz, List<Carrier> carriers,
        List<BandEnergy> bands) {

    public SpectrumDetection {
        carriers = List.copyOf(carriers);
        bands = List.copyOf(bands);
    }
}
