package org.roguewatch.spectrum.detect;

/**
 * Energy in a named band of one spectrum: what is there beyond the noise, carrier or not, for
 * signatures about spurious emissions (e.g. FM transmitters spilling into the aeronautical band).
 *
 * @param band            the band
 * @param coveredFraction fraction of the band's width the spectrum measured (0..1)
 * @param floorDbm        noise floor per bin (the band's percentile), calibrated
 * <p>Bins under a carrier centred outside the band (the upper flank of a 107.9 MHz station above
 * 108 MHz) are counted as measured but as floor, so the figures describe what originates in the band.
 *
 * @param totalDbm        all power in the measured bins, calibrated
 * @param excessDbm       power above the floor (Σ max(0, p − floor)), calibrated; −Infinity when none
 * @param excessDb        total power over what a flat floor would give in the same bins
 * @param peakHz          frequency of the strongest bin
 * @param peakDbm         strongest bin, calibrated
 * @param carriers        carriers detected with their frequency in the band
 */
public record BandEnergy(Band band, double coveredFraction, double floorDbm, double totalDbm, double excessDbm,
        double excessDb, long peakHz, double peakDbm, int carriers) {
}
