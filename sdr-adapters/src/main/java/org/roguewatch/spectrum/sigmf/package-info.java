/**
 * SigMF recordings (a {@code .sigmf-meta} JSON file beside a {@code .sigmf-data} sample file): a
 * strict reader for cu8, ci8, ci16_le and cf32_le, power spectra per capture, an annotation writer
 * for detected carriers, and a generator of FM test recordings for tests and the simulator.
 */
package org.roguewatch.spectrum.sigmf;
