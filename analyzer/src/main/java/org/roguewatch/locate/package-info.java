/**
 * Localization: where an emitter is, from the levels several probes measure — a log-distance path
 * loss model calibrated on the operator's own cells, a maximum-likelihood (Levenberg–Marquardt)
 * estimate with its uncertainty ellipse, the Cramér–Rao bound of the probe geometry, and the
 * weighted centroid as the naive baseline.
 */
package org.roguewatch.locate;
