package org.roguewatch.spectrumobs;

import java.util.List;

/**
 * What reading one spectrum source gave.
 *
 * @param source       the file
 * @param format       "rtl_power", "hackrf_sweep" or "sigmf cu8" (the datatype)
 * @param spectra      sweeps or PSD frames analysed
 * @param rows         sweep rows read (CSV lines), or samples analysed for a recording
 * @param observations one per carrier followed
 */
public record SpectrumReading(String source, String format, long spectra, long rows,
        List<SpectrumObservation> observations) {
    public SpectrumReading {
        observations = List.copyOf(observations);
    }
}
