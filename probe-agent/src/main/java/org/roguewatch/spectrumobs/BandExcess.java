package org.roguewatch.spectrumobs;

/**
 * The strongest energy a probe measured in a named band (e.g. aeronautical 108–137 MHz) in the
 * spectra where a carrier was present: how far the band stood above its own noise floor.
 *
 * @param band     the band's stable name
 * @param excessDb total power in the band over what its floor alone would give
 * @param peakHz   frequency of the band's strongest bin
 * @param peakDbm  that bin's level, calibrated
 * @param floorDbm the band's floor per bin, calibrated
 * @param carriers carriers detected inside the band in that spectrum
 * @param where    the spectrum that showed it
 */
public record BandExcess(String band, double excessDb, long peakHz, double peakDbm, double floorDbm, int carriers,
        SpectrumEvidence where) {

    /** How far the band's strongest bin stands above the band's floor. */
    public double peakAboveFloorDb() {
        return peakDbm - floorDbm;
    }
}
