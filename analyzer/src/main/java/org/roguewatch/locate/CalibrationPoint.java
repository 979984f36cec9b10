package org.roguewatch.locate;

/**
 * One planned cell heard by one probe: what the plan says was sent toward the probe and what the
 * probe received, i.e. one sample of the path loss at a known distance.
 *
 * @param probeId        the probe
 * @param cell           the planned cell's identity, for the report
 * @param distanceM      site to probe, metres
 * @param sentDbm        the plan's EIRP plus the sector gain toward the probe
 * @param levelDbm       mean level the probe received
 */
public record CalibrationPoint(String probeId, String cell, double distanceM, double sentDbm, double levelDbm) {
    public double lossDb() {
        return sentDbm - levelDbm;
    }
}
