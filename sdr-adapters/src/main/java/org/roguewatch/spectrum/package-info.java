/**
 * Spectrum sources and what is seen in them: sweep CSVs from rtl_power and hackrf_sweep (files or
 * the live tools), SigMF IQ recordings turned into power spectra, and carriers detected in either.
 * Every spectrum, whatever its source, is a {@link org.roguewatch.spectrum.BinnedSpectrum}.
 */
package org.roguewatch.spectrum;
