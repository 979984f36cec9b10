package org.roguewatch.spectrum.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CarrierDetectorTest {
    private static final double BIN = 5_000;

    private static TestSpectrum fmBand() {
        return TestSpectrum.noise(96e6, 100e6, BIN, -100, 0.2, 1);
    }

    @Test
    void aCarrierIsMeasuredByCentroidPowerAndBandwidthWithTheProbesCalibration() {
        TestSpectrum spectrum = fmBand().with(97_700_000, 180_000, -60);
        List<Carrier> carriers = new CarrierDetector().detect(spectrum, new Calibration(-12.5)).carriers();
        assertEquals(1, carriers.size(), carriers::toString);
        Carrier carrier = carriers.get(0);
        assertEquals(97_700_000, carrier.frequencyHz(), 500);
        assertEquals(-72.5, carrier.levelDbm(), 0.1, "−60 dB of carrier, calibrated by −12.5 dB");
        assertEquals(0.99 * 185_000, carrier.bandwidthHz(), 5_000, "99 % of a flat 37-bin carrier");
        assertEquals(-100 - 12.5, carrier.noiseDbm(), 0.5);
        assertEquals(-60 - 10 * Math.log10(37) - 12.5, carrier.peakDbm(), 0.5);
        assertEquals(-60 - (-100 + 10 * Math.log10(37)), carrier.snrDb(), 0.5);
        assertEquals(97_700_000, carrier.fmChannelHz());
        assertTrue(carrier.lowerEdgeHz() <= 97_610_000 && carrier.upperEdgeHz() >= 97_790_000, carrier.toString());
        assertEquals(spectrum.time(), carrier.time());
    }

    @Test
    void twoStationsOnAdjacentChannelsAreSplitAtTheDipBetweenThem() {
        TestSpectrum spectrum = fmBand().with(98_000_000, 190_000, -60).with(98_200_000, 190_000, -64);
        List<Carrier> carriers = new CarrierDetector().detect(spectrum, Calibration.NONE).carriers();
        assertEquals(2, carriers.size(), carriers::toString);
        assertEquals(98_000_000, carriers.get(0).frequencyHz(), 5_000);
        assertEquals(98_200_000, carriers.get(1).frequencyHz(), 5_000);
        assertEquals(-60, carriers.get(0).levelDbm(), 0.5);
        assertEquals(-64, carriers.get(1).levelDbm(), 0.5);
    }

    @Test
    void smallestOfCfarSeesAWeakStationBesideAStrongOneThatGreatestOfMisses() {
        // the weak one is 14 dB above the noise per bin; the strong one's bins fill half of its lower window
        TestSpectrum spectrum = fmBand().with(98_000_000, 180_000, -40).with(98_400_000, 180_000, -70);
        List<Carrier> so = new CarrierDetector().detect(spectrum, Calibration.NONE).carriers();
        assertEquals(2, so.size(), so::toString);
        List<Carrier> go = new CarrierDetector(DetectionSettings.DEFAULT.withMode(CfarMode.GREATEST_OF))
                .detect(spectrum, Calibration.NONE).carriers();
        assertEquals(1, go.size(), "masked by its strong neighbour in the other window: " + go);
    }

    @Test
    void theThresholdDecidesWhatCountsAsACarrier() {
        TestSpectrum spectrum = fmBand().with(97_000_000, 100_000, -100 + 10 * Math.log10(21) + 12);
        assertEquals(1, new CarrierDetector().detect(spectrum, Calibration.NONE).carriers().size());
        assertEquals(0, new CarrierDetector(DetectionSettings.DEFAULT.withThresholdDb(15)).detect(spectrum,
                Calibration.NONE).carriers().size());
    }

    @Test
    void unmeasuredBinsAreNeitherCarrierNorNoise() {
        TestSpectrum spectrum = fmBand().with(97_500_000, 180_000, -60).withGap(98_000_000, 98_500_000);
        SpectrumDetection detection = new CarrierDetector().detect(spectrum, Calibration.NONE);
        assertEquals(1, detection.carriers().size(), detection.carriers()::toString);
        assertEquals(97_500_000, detection.carriers().get(0).frequencyHz(), 1_000);
    }

    @Test
    void anAeronauticalSpurIsTheBandsOwnEnergyButAnFmStationsFlankIsNot() {
        TestSpectrum noise = TestSpectrum.noise(100e6, 140e6, 10_000, -90, 0.2, 2);
        TestSpectrum base = noise.with(107_900_000, 240_000, -50);
        BandEnergy clean = air(base);
        assertEquals(0, clean.carriers());
        assertEquals(air(noise).excessDb(), clean.excessDb(), 0.01,
                "107.9 MHz reaches past 108 MHz, but that is not the band's energy");
        assertEquals(air(noise).totalDbm(), clean.totalDbm(), 0.01);
        BandEnergy spurious = air(base.with(116_000_000, 30_000, -60));
        assertEquals(1, spurious.carriers());
        assertEquals(116_000_000, spurious.peakHz(), 10_000);
        assertEquals(-60, spurious.excessDbm(), 0.5);
        assertTrue(spurious.excessDb() > clean.excessDb() + 0.1, spurious.toString());
    }

    private static BandEnergy air(TestSpectrum spectrum) {
        return new CarrierDetector().detect(spectrum, Calibration.NONE).bands().stream()
                .filter(b -> b.band().equals(Band.AERONAUTICAL)).findFirst().orElseThrow();
    }

    @Test
    void randomSpectraNeverBreakTheDetector() {
        Random random = new Random(9);
        CarrierDetector detector = new CarrierDetector();
        for (int i = 0; i < 300; i++) {
            int bins = random.nextInt(3000);
            double[] db = new double[bins];
            for (int b = 0; b < bins; b++) {
                int kind = random.nextInt(20);
                db[b] = kind == 0 ? Double.NaN : kind == 1 ? Double.NEGATIVE_INFINITY : -100 + 80 * random.nextDouble();
            }
            TestSpectrum spectrum = new TestSpectrum(null, 80e6 + random.nextInt(1_000_000), 100 + random.nextInt(50_000),
                    db);
            SpectrumDetection detection = detector.detect(spectrum, Calibration.NONE);
            for (Carrier carrier : detection.carriers()) {
                assertTrue(carrier.lowerEdgeHz() <= carrier.frequencyHz() && carrier.frequencyHz() <= carrier.upperEdgeHz(),
                        carrier.toString());
                assertTrue(carrier.bandwidthHz() >= 0 && Double.isFinite(carrier.levelDbm()), carrier.toString());
            }
        }
    }
}
