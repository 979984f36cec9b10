package org.roguewatch.spectrum.rds;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.roguewatch.spectrum.psd.SampleSource;

/**
 * Reads the RDS programme identification of one FM station in a complex baseband recording:
 * <ol>
 * <li>the station is shifted to 0 Hz and, for wide recordings, low-pass filtered to ±{@value #CHANNEL_HZ}
 *     Hz and decimated to about 250 kS/s;</li>
 * <li>FM demodulation: the phase step between samples is the instantaneous frequency;</li>
 * <li>the 57 kHz subcarrier (IEC 62106 clause 1.4) is mixed to 0 Hz, low-pass filtered to
 *     {@value #RDS_BANDWIDTH_HZ} Hz and decimated to about 16 samples a bit; its unknown phase is the
 *     half-angle of the squared signal (BPSK: the squaring removes the data);</li>
 * <li>bi-phase symbols (clause 1.6: one cycle per bit, 1187.5 bit/s) are correlated with one
 *     cycle of a sine at the bit timing that gives the most energy, then differentially decoded
 *     (clause 1.5), which also removes the sign ambiguity of the phase;</li>
 * <li>every 26-bit window whose checkword carries offset word A is a block A, its information the
 *     PI code (clause 2.1, Annex A); the PI most blocks agree on is the answer.</li>
 * </ol>
 */
public final class RdsDecoder {
    public static final double SUBCARRIER_HZ = 57_000;
    public static final double BIT_RATE = SUBCARRIER_HZ / 48;
    /** Half-width of the channel kept around the carrier: ±75 kHz deviation plus the 57 kHz subcarrier's sidebands. */
    static final double CHANNEL_HZ = 130_000;
    static final double RDS_BANDWIDTH_HZ = 2_400;
    static final int SAMPLES_PER_BIT = 16;
    /** One second gives about 11 groups: enough agreeing A blocks without holding minutes of samples. */
    static final double MAX_SECONDS = 1.0;
    /** An answer needs this many A blocks with the same PI (a random window passes the check once in 1024). */
    static final int MIN_BLOCKS = 2;

    private RdsDecoder() {
    }

    /**
     * @param offsetHz where the station sits relative to the recording's centre frequency
     */
    public static RdsResult decode(SampleSource source, long first, long count, double offsetHz) throws IOException {
        double rate = source.sampleRate();
        int n = (int) Math.min(count, Math.round(MAX_SECONDS * rate));
        double[] re = new double[n];
        double[] im = new double[n];
        source.read(first, n, re, im);
        shift(re, im, -offsetHz / rate);
        int decimation = Math.max(1, (int) Math.floor(rate / (2 * CHANNEL_HZ)));
        if (decimation > 1) {
            double[] taps = lowPass(CHANNEL_HZ / rate, 8 * decimation + 1);
            re = filterDecimate(re, taps, decimation);
            im = filterDecimate(im, taps, decimation);
            rate /= decimation;
        }
        double[] frequency = discriminate(re, im, rate);
        int bitDecimation = Math.max(1, (int) Math.floor(rate / (SAMPLES_PER_BIT * BIT_RATE)));
        double[] taps = lowPass(RDS_BANDWIDTH_HZ / rate, (int) (4 * rate / RDS_BANDWIDTH_HZ) | 1);
        double[] i = new double[frequency.length];
        double[] q = new double[frequency.length];
        double step = 2 * Math.PI * SUBCARRIER_HZ / rate;
        for (int k = 0; k < frequency.length; k++) {
            i[k] = frequency[k] * Math.cos(step * k);
            q[k] = -frequency[k] * Math.sin(step * k);
        }
        i = filterDecimate(i, taps, bitDecimation);
        q = filterDecimate(q, taps, bitDecimation);
        double[] symbols = derotate(i, q);
        boolean[] bits = bits(symbols, rate / bitDecimation / BIT_RATE);
        return blocks(bits);
    }

    private static void shift(double[] re, double[] im, double cyclesPerSample) {
        if (cyclesPerSample == 0) {
            return;
        }
        for (int k = 0; k < re.length; k++) {
            double angle = 2 * Math.PI * ((cyclesPerSample * k) % 1.0);
            double c = Math.cos(angle);
            double s = Math.sin(angle);
            double r = re[k] * c - im[k] * s;
            im[k] = re[k] * s + im[k] * c;
            re[k] = r;
        }
    }

    /** Windowed-sinc (Hamming) low-pass with cutoff {@code cutoff} cycles per sample, unit gain at 0 Hz. */
    static double[] lowPass(double cutoff, int length) {
        double[] taps = new double[length];
        int middle = length / 2;
        double sum = 0;
        for (int k = 0; k < length; k++) {
            int t = k - middle;
            double sinc = t == 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * t) / (Math.PI * t);
            taps[k] = sinc * (0.54 - 0.46 * Math.cos(2 * Math.PI * k / (length - 1)));
            sum += taps[k];
        }
        for (int k = 0; k < length; k++) {
            taps[k] /= sum;
        }
        return taps;
    }

    /** Filters and keeps every {@code decimation}-th output, computing only those. */
    static double[] filterDecimate(double[] x, double[] taps, int decimation) {
        int outputs = Math.max(0, (x.length - taps.length) / decimation + 1);
        double[] y = new double[outputs];
        for (int m = 0; m < outputs; m++) {
            int base = m * decimation;
            double sum = 0;
            for (int k = 0; k < taps.length; k++) {
                sum += taps[k] * x[base + k];
            }
            y[m] = sum;
        }
        return y;
    }

    private static double[] discriminate(double[] re, double[] im, double rate) {
        double[] frequency = new double[Math.max(0, re.length - 1)];
        for (int k = 1; k < re.length; k++) {
            double r = re[k] * re[k - 1] + im[k] * im[k - 1];
            double j = im[k] * re[k - 1] - re[k] * im[k - 1];
            frequency[k - 1] = Math.atan2(j, r) * rate / (2 * Math.PI);
        }
        return frequency;
    }

    /** The BPSK signal on the real axis: rotated by minus half the angle of Σ z². */
    private static double[] derotate(double[] i, double[] q) {
        double c2 = 0;
        double s2 = 0;
        for (int k = 0; k < i.length; k++) {
            c2 += i[k] * i[k] - q[k] * q[k];
            s2 += 2 * i[k] * q[k];
        }
        double phase = Math.atan2(s2, c2) / 2;
        double c = Math.cos(phase);
        double s = Math.sin(phase);
        double[] out = new double[i.length];
        for (int k = 0; k < i.length; k++) {
            out[k] = i[k] * c + q[k] * s;
        }
        return out;
    }

    /** Bi-phase symbols to differentially decoded bits, at the best of {@value #SAMPLES_PER_BIT} timings. */
    private static boolean[] bits(double[] signal, double samplesPerBit) {
        int count = (int) Math.floor(signal.length / samplesPerBit) - 1;
        if (count < 2) {
            return new boolean[0];
        }
        double[] best = null;
        double bestEnergy = -1;
        for (int t = 0; t < SAMPLES_PER_BIT; t++) {
            double[] soft = correlate(signal, samplesPerBit, t * samplesPerBit / SAMPLES_PER_BIT, count);
            double energy = 0;
            for (double value : soft) {
                energy += Math.abs(value);
            }
            if (energy > bestEnergy) {
                bestEnergy = energy;
                best = soft;
            }
        }
        boolean[] bits = new boolean[count - 1];
        for (int k = 1; k < count; k++) {
            bits[k - 1] = (best[k] > 0) != (best[k - 1] > 0);
        }
        return bits;
    }

    private static double[] correlate(double[] signal, double samplesPerBit, double start, int count) {
        double[] soft = new double[count];
        int points = SAMPLES_PER_BIT;
        for (int k = 0; k < count; k++) {
            double sum = 0;
            for (int j = 0; j < points; j++) {
                double at = start + (k + (j + 0.5) / points) * samplesPerBit;
                int index = (int) at;
                if (index + 1 >= signal.length) {
                    break;
                }
                double fraction = at - index;
                double value = signal[index] * (1 - fraction) + signal[index + 1] * fraction;
                sum += value * Math.sin(2 * Math.PI * (j + 0.5) / points);
            }
            soft[k] = sum;
        }
        return soft;
    }

    private static RdsResult blocks(boolean[] bits) {
        Map<Integer, Integer> votes = new HashMap<>();
        int groups = 0;
        for (int start = 0; start + 26 <= bits.length; start++) {
            int block = word(bits, start);
            if (RdsBlocks.offsetOf(block) != RdsBlocks.OFFSET_A) {
                continue;
            }
            votes.merge(block >>> 10, 1, Integer::sum);
            if (start + 52 <= bits.length && RdsBlocks.offsetOf(word(bits, start + 26)) == RdsBlocks.OFFSET_B) {
                groups++;
            }
        }
        Integer pi = null;
        int most = 0;
        for (Map.Entry<Integer, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > most) {
                most = vote.getValue();
                pi = vote.getKey();
            }
        }
        if (most < MIN_BLOCKS) {
            return new RdsResult(null, most, groups, bits.length);
        }
        return new RdsResult(pi, most, groups, bits.length);
    }

    private static int word(boolean[] bits, int start) {
        int word = 0;
        for (int k = 0; k < 26; k++) {
            word = word << 1 | (bits[start + k] ? 1 : 0);
        }
        return word;
    }
}
