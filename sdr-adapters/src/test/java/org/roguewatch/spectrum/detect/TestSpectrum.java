package org.roguewatch.spectrum.detect;

import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.roguewatch.spectrum.BinnedSpectrum;

/** A spectrum built in code: a flat noise floor with small scatter, and flat-topped carriers added as power. */
record TestSpectrum(Instant time, double firstBinHz, double binHz, double[] db) implements BinnedSpectrum {

    static TestSpectrum noise(double fromHz, double toHz, double binHz, double floorDb, double scatterDb, long seed) {
        int bins = (int) Math.round((toHz - fromHz) / binHz) + 1;
        double[] db = new double[bins];
        Random random = new Random(seed);
        for (int i = 0; i < bins; i++) {
            db[i] = floorDb + scatterDb * random.nextGaussian();
        }
        return new TestSpectrum(Instant.parse("2024-05-01T03:00:00Z"), fromHz, binHz, db);
    }

    /** Adds a carrier of {@code totalDb} spread evenly over {@code widthHz} around {@code centreHz}. */
    TestSpectrum with(double centreHz, double widthHz, double totalDb) {
        double[] out = Arrays.copyOf(db, db.length);
        int from = binOf(centreHz - widthHz / 2);
        int to = binOf(centreHz + widthHz / 2);
        double perBin = Math.pow(10, totalDb / 10) / (to - from + 1);
        for (int i = from; i <= to; i++) {
            out[i] = 10 * Math.log10(Math.pow(10, out[i] / 10) + perBin);
        }
        return new TestSpectrum(time, firstBinHz, binHz, out);
    }

    TestSpectrum withGap(double fromHz, double toHz) {
        double[] out = Arrays.copyOf(db, db.length);
        for (int i = binOf(fromHz); i <= binOf(toHz); i++) {
            out[i] = Double.NaN;
        }
        return new TestSpectrum(time, firstBinHz, binHz, out);
    }
}
