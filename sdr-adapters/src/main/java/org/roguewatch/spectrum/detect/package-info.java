/**
 * Carriers in a spectrum: per-band noise floor (robust percentile), CFAR detection, grouping of bins
 * into carriers on the FM raster, frequency, bandwidth and level in dBm, energy in the aeronautical
 * band, and occupancy of each carrier over a sequence of spectra.
 */
package org.roguewatch.spectrum.detect;
