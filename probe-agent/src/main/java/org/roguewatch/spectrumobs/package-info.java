/**
 * What a probe's spectrum sources (rtl_power / hackrf_sweep logs, SigMF recordings) show: one
 * {@link org.roguewatch.spectrumobs.SpectrumObservation} per carrier heard, with its level, width,
 * occupancy over time, the aeronautical-band energy beside it and where in the file to look.
 */
package org.roguewatch.spectrumobs;
