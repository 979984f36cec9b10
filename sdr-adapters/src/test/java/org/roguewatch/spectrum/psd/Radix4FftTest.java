package org.roguewatch.spectrum.psd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;
import org.junit.jupiter.api.Test;

/** Commons Math is the oracle: every size gives the same DFT, bin for bin, once the order is undone. */
class Radix4FftTest {

    @Test
    void everyPowerOfTwoAgreesWithCommonsMath() {
        Random random = new Random(5);
        for (int size = 1; size <= 1 << 16; size <<= 1) {
            double[] re = new double[size];
            double[] im = new double[size];
            double energy = 0;
            for (int i = 0; i < size; i++) {
                re[i] = random.nextGaussian();
                im[i] = random.nextGaussian();
                energy += re[i] * re[i] + im[i] * im[i];
            }
            double[][] reference = {re.clone(), im.clone()};
            FastFourierTransformer.transformInPlace(reference, DftNormalization.STANDARD, TransformType.FORWARD);
            Radix4Fft fft = new Radix4Fft(size);
            fft.transform(re, im);
            // |X| is about sqrt(energy); Commons Math builds its twiddles by recurrence, whose rounding
            // grows with N (about 1e-12 relative at 32768), so allow 1e-11 of that per bin
            double scale = Math.sqrt(energy);
            boolean[] seen = new boolean[size];
            for (int p = 0; p < size; p++) {
                int k = fft.frequencyAt(p);
                assertTrue(!seen[k], "position map is a permutation");
                seen[k] = true;
                assertEquals(reference[0][k], re[p], 1e-11 * scale, "size " + size + " bin " + k);
                assertEquals(reference[1][k], im[p], 1e-11 * scale, "size " + size + " bin " + k);
            }
        }
    }

    @Test
    void smallSizesMatchTheDefinitionOfTheDft() {
        Random random = new Random(8);
        for (int size = 1; size <= 1024; size <<= 1) {
            double[] re = new double[size];
            double[] im = new double[size];
            for (int i = 0; i < size; i++) {
                re[i] = random.nextGaussian();
                im[i] = random.nextGaussian();
            }
            double[] xr = re.clone();
            double[] xi = im.clone();
            Radix4Fft fft = new Radix4Fft(size);
            fft.transform(re, im);
            for (int p = 0; p < size; p++) {
                int k = fft.frequencyAt(p);
                double sumRe = 0;
                double sumIm = 0;
                for (int n = 0; n < size; n++) {
                    double angle = -2 * Math.PI * ((long) n * k % size) / size;
                    sumRe += xr[n] * Math.cos(angle) - xi[n] * Math.sin(angle);
                    sumIm += xr[n] * Math.sin(angle) + xi[n] * Math.cos(angle);
                }
                assertEquals(sumRe, re[p], 1e-12 * size, "size " + size + " bin " + k);
                assertEquals(sumIm, im[p], 1e-12 * size, "size " + size + " bin " + k);
            }
        }
    }

    @Test
    void aPureToneLandsInItsOwnBin() {
        int size = 512;
        double[] re = new double[size];
        double[] im = new double[size];
        for (int n = 0; n < size; n++) {
            re[n] = Math.cos(2 * Math.PI * 37 * n / size);
            im[n] = Math.sin(2 * Math.PI * 37 * n / size);
        }
        Radix4Fft fft = new Radix4Fft(size);
        fft.transform(re, im);
        for (int p = 0; p < size; p++) {
            double magnitude = Math.hypot(re[p], im[p]);
            assertEquals(fft.frequencyAt(p) == 37 ? size : 0, magnitude, 1e-9);
        }
    }

    @Test
    void sizesThatAreNotPowersOfTwoAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Radix4Fft(12));
        assertThrows(IllegalArgumentException.class, () -> new Radix4Fft(0));
    }
}
