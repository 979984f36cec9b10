package org.roguewatch.spectrum.psd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roguewatch.spectrum.Decibels;

class WelchPsdTest {
    private static final double RATE = 2_400_000;

    /** A complex tone of power {@code 10^(db/10)} at {@code offsetHz}, plus complex white noise of total power {@code noiseDb}. */
    private static ArraySamples toneInNoise(int n, double offsetHz, double db, double noiseDb, long seed) {
        Random random = new Random(seed);
        double amplitude = Math.sqrt(Decibels.toPower(db));
        double sigma = Math.sqrt(Decibels.toPower(noiseDb) / 2);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            double phase = 2 * Math.PI * offsetHz * i / RATE;
            re[i] = amplitude * Math.cos(phase) + sigma * random.nextGaussian();
            im[i] = amplitude * Math.sin(phase) + sigma * random.nextGaussian();
        }
        return new ArraySamples(re, im, RATE);
    }

    private static double sumDb(double[] db, int from, int to) {
        double sum = 0;
        for (int i = from; i <= to; i++) {
            sum += Decibels.toPower(db[i]);
        }
        return Decibels.fromPower(sum);
    }

    @Test
    void whiteNoiseSpreadsItsPowerEvenlySoTheBinsSumToIt() throws IOException {
        int fft = 1024;
        PowerSpectrum psd = new WelchPsd(fft).compute(toneInNoise(1 << 18, 0, -200, -20, 1), 0, 1 << 18, 0, null);
        assertEquals(-20, sumDb(psd.db(), 0, fft - 1), 0.05, "Parseval: the bins sum to the mean power");
        double expected = -20 - 10 * Math.log10(fft);
        double mean = 0;
        for (double v : psd.db()) {
            mean += v;
        }
        assertEquals(expected, mean / fft, 0.3);
        assertEquals(511, psd.segments(), "(2^18 - 1024) / 512 + 1 segments with 50 % overlap");
    }

    @Test
    void aToneSitsOnItsAbsoluteFrequencyWithItsPowerInTheMainLobe() throws IOException {
        int fft = 1024;
        double binHz = RATE / fft;
        double offset = 100 * binHz;
        double centre = 100_000_000;
        PowerSpectrum psd = new WelchPsd(fft).compute(toneInNoise(1 << 16, offset, -6, -60, 2), 0, 1 << 16, centre,
                Instant.parse("2024-05-01T00:00:00Z"));
        int peak = 0;
        for (int i = 1; i < fft; i++) {
            if (psd.db()[i] > psd.db()[peak]) {
                peak = i;
            }
        }
        assertEquals(centre + offset, psd.frequencyHz(peak), 1e-6);
        assertEquals(centre - RATE / 2, psd.firstBinHz());
        assertEquals(binHz, psd.binHz());
        // periodic Hann on a bin-centred tone: 2/3 of the power in the peak bin, 1/6 in each neighbour
        assertEquals(-6 + 10 * Math.log10(2.0 / 3), psd.db()[peak], 0.05);
        assertEquals(-6, sumDb(psd.db(), peak - 1, peak + 1), 0.05);
        assertEquals(Instant.parse("2024-05-01T00:00:00Z"), psd.time());
    }

    @Test
    void aNegativeOffsetLandsBelowTheCentre() throws IOException {
        int fft = 256;
        double offset = -37 * RATE / fft;
        PowerSpectrum psd = new WelchPsd(fft).compute(toneInNoise(8192, offset, 0, -60, 3), 0, 8192, 1e6, null);
        int peak = 0;
        for (int i = 1; i < fft; i++) {
            if (psd.db()[i] > psd.db()[peak]) {
                peak = i;
            }
        }
        assertEquals(1e6 + offset, psd.frequencyHz(peak), 1e-6);
    }

    @Test
    void theResultDoesNotDependOnHowManyThreadsComputedIt() throws IOException {
        ArraySamples samples = toneInNoise(300_000, 123_456, -10, -30, 4);
        PowerSpectrum parallel = new WelchPsd(512, true).compute(samples, 1000, 250_000, 98e6, null);
        PowerSpectrum sequential = new WelchPsd(512, false).compute(samples, 1000, 250_000, 98e6, null);
        assertArrayEquals(sequential.db(), parallel.db());
        assertEquals(1000, parallel.firstSample());
        assertEquals((parallel.segments() - 1) * 256 + 512, parallel.sampleCount());
    }

    @Test
    void bothFftEnginesGiveTheSameSpectrum() throws IOException {
        ArraySamples samples = toneInNoise(200_000, -321_000, -15, -40, 6);
        for (int fft : new int[] {16, 128, 1024, 2048, 65536}) {
            PowerSpectrum fast = new WelchPsd(fft, false, FftEngine.RADIX4).compute(samples, 0, 200_000, 0, null);
            PowerSpectrum reference = new WelchPsd(fft, false, FftEngine.COMMONS_MATH).compute(samples, 0, 200_000, 0,
                    null);
            for (int i = 0; i < fft; i++) {
                // Commons Math's twiddle recurrence drifts at large sizes: ~1e-9 dB in the weakest bins at 65536
                assertEquals(reference.db()[i], fast.db()[i], 1e-7, "FFT " + fft + " bin " + i);
            }
        }
    }

    @Test
    void unusableArgumentsAreRefusedPlainly() {
        assertThrows(IllegalArgumentException.class, () -> new WelchPsd(1000));
        assertThrows(IllegalArgumentException.class, () -> new WelchPsd(8));
        ArraySamples samples = toneInNoise(100, 0, 0, -30, 5);
        IllegalArgumentException shortInput = assertThrows(IllegalArgumentException.class,
                () -> new WelchPsd(256).compute(samples, 0, 100, 0, null));
        assertTrue(shortInput.getMessage().contains("fewer than one FFT"), shortInput.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new WelchPsd(16).compute(samples, 90, 20, 0, null));
    }
}
