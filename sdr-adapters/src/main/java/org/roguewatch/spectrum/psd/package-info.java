/**
 * Power spectral density of complex baseband samples by Welch's method (Hann window, 50 % overlap,
 * Commons Math FFT), in dBFS per bin on absolute frequencies.
 */
package org.roguewatch.spectrum.psd;
