package org.roguewatch.sim.propagation;

/**
 * One emitter-to-probe path at one instant, term by term: received = EIRP + antenna gain - path
 * loss - shadowing.
 *
 * @param distanceM      3-D distance (horizontal and antenna height difference)
 * @param antennaGainDb  the emitter's pattern towards the probe, relative to boresight (0 or less)
 * @param pathLossDb     log-distance path loss
 * @param shadowingDb    shadowing (positive: weaker)
 * @param receivedDbm    the mean level at the probe
 */
public record Link(double distanceM, double antennaGainDb, double pathLossDb, double shadowingDb, double receivedDbm) {
}
