package org.roguewatch.spectrumobs;

/**
 * Where in its source one spectrum's value at a frequency can be checked: for a sweep, the CSV line
 * of the row (tuner hop) that covered that frequency; for a recording, the spectrum's sample range.
 */
@FunctionalInterface
interface EvidenceLocator {
    SpectrumEvidence at(double hz);
}
