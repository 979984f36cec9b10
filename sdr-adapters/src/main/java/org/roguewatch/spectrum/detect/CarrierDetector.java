package org.roguewatch.spectrum.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.roguewatch.spectrum.BinnedSpectrum;
import org.roguewatch.spectrum.Decibels;

/**
 * Finds carriers in a spectrum (a sweep or a PSD) and measures them.
 *
 * <ol>
 * <li><b>Noise.</b> Each bin's noise is the CFAR estimate around it ({@link Cfar}, smallest-of by
 *     default), never below its band's percentile floor ({@link NoiseFloor}).</li>
 * <li><b>Occupied bins</b> exceed their noise by {@code thresholdDb}. Runs of them closer than
 *     {@code mergeGapHz} are one carrier; each run then extends outward while its bins stay
 *     {@code edgeDb} above the noise, to take in the flanks; runs that meet merge.</li>
 * <li><b>Channels.</b> A run wider than {@code maxCarrierHz} (two stations on adjacent channels seen
 *     as one) is split at its deepest dip when the dip is {@code splitDipDb} deep.</li>
 * <li><b>Measurement.</b> Per carrier, with {@code s = max(0, p − noise)} per bin: frequency = the
 *     centroid of {@code s} (for the symmetric spectrum of FM this is the carrier, to a fraction of
 *     a bin, and unlike the peak bin it does not jump between modulation lines); level = Σ s;
 *     bandwidth = 99 % of Σ s; SNR = Σ s / Σ noise. The nearest 100 kHz FM raster channel is attached.</li>
 * </ol>
 * Band energy is reported for each configured band the spectrum touches.
 */
public final class CarrierDetector {
    /**
     * Window over which the spectrum is smoothed before looking for a dip to split at: wide enough to
     * fill the gaps between the lines of a tone-modulated carrier on a fine PSD (1 kHz apart), narrow
     * enough to keep the gap between two adjacent stations.
     */
    static final double SPLIT_SMOOTHING_HZ = 3_000;
    /** Neither piece of a split may be narrower than this. */
    static final double MIN_SPLIT_PIECE_HZ = 50_000;

    private final DetectionSettings settings;

    public CarrierDetector(DetectionSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public CarrierDetector() {
        this(DetectionSettings.DEFAULT);
    }

    public DetectionSettings settings() {
        return settings;
    }

    public SpectrumDetection detect(BinnedSpectrum spectrum, Calibration calibration) {
        double[] db = spectrum.db();
        int n = db.length;
        if (n == 0) {
            return new SpectrumDetection(spectrum.time(), spectrum.firstBinHz(), spectrum.firstBinHz(), List.of(),
                    List.of());
        }
        double binHz = spectrum.binHz();
        double[] power = new double[n];
        for (int i = 0; i < n; i++) {
            power[i] = Decibels.toPower(db[i]);
        }
        double[] floorDb = NoiseFloor.perBin(spectrum, settings);
        int guard = (int) Math.ceil(settings.guardHz() / binHz);
        int training = Math.max(1, (int) Math.round(settings.trainingHz() / binHz));
        double[] cfar = Cfar.noise(power, guard, training, settings.mode());
        double[] noise = new double[n];
        for (int i = 0; i < n; i++) {
            double floor = Decibels.toPower(floorDb[i]);
            noise[i] = Double.isNaN(cfar[i]) ? floor : Double.isNaN(floor) ? cfar[i] : Math.max(cfar[i], floor);
        }
        List<int[]> runs = occupiedRuns(power, noise, (int) Math.floor(settings.mergeGapHz() / binHz));
        runs = extended(runs, power, noise, (int) Math.floor(settings.mergeGapHz() / binHz));
        List<int[]> pieces = new ArrayList<>();
        for (int[] run : runs) {
            split(run[0], run[1], power, binHz, pieces);
        }
        List<Carrier> carriers = new ArrayList<>();
        List<int[]> carrierBins = new ArrayList<>();
        for (int[] piece : pieces) {
            Carrier carrier = measure(spectrum, piece[0], piece[1], power, noise, calibration);
            if (carrier != null) {
                carriers.add(carrier);
                carrierBins.add(piece);
            }
        }
        List<BandEnergy> bands = new ArrayList<>();
        for (Band band : settings.bands()) {
            BandEnergy energy = bandEnergy(spectrum, band, power, floorDb, carriers, carrierBins, calibration);
            if (energy != null) {
                bands.add(energy);
            }
        }
        return new SpectrumDetection(spectrum.time(), spectrum.firstBinHz(), spectrum.lastBinHz(), carriers, bands);
    }

    private List<int[]> occupiedRuns(double[] power, double[] noise, int mergeGap) {
        double threshold = Decibels.toPower(settings.thresholdDb());
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        int last = -1;
        for (int i = 0; i < power.length; i++) {
            boolean occupied = Double.isFinite(power[i]) && Double.isFinite(noise[i]) && power[i] > noise[i] * threshold;
            if (!occupied) {
                continue;
            }
            if (start >= 0 && i - last - 1 <= mergeGap) {
                last = i;
            } else {
                if (start >= 0) {
                    runs.add(new int[] {start, last});
                }
                start = i;
                last = i;
            }
        }
        if (start >= 0) {
            runs.add(new int[] {start, last});
        }
        return runs;
    }

    /**
     * Grows each run over its flanks (not into its neighbours), stepping over gaps up to the merge gap
     * (between the lines of a tone-modulated carrier on a fine PSD), then merges runs that meet. This
     * also joins the two "horns" a sinusoidally modulated FM carrier shows at ± its deviation, as long
     * as its middle stands {@code edgeDb} above the noise.
     */
    private List<int[]> extended(List<int[]> runs, double[] power, double[] noise, int mergeGap) {
        double edge = Decibels.toPower(settings.edgeDb());
        List<int[]> grown = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            int lowLimit = r == 0 ? 0 : runs.get(r - 1)[1] + 1;
            int highLimit = r + 1 == runs.size() ? power.length - 1 : runs.get(r + 1)[0] - 1;
            int a = runs.get(r)[0];
            int b = runs.get(r)[1];
            for (int j = a - 1, gap = 0; j >= lowLimit && gap <= mergeGap; j--) {
                if (aboveEdge(power[j], noise[j], edge)) {
                    a = j;
                    gap = 0;
                } else {
                    gap++;
                }
            }
            for (int j = b + 1, gap = 0; j <= highLimit && gap <= mergeGap; j++) {
                if (aboveEdge(power[j], noise[j], edge)) {
                    b = j;
                    gap = 0;
                } else {
                    gap++;
                }
            }
            if (!grown.isEmpty() && a - grown.get(grown.size() - 1)[1] - 1 <= mergeGap) {
                grown.get(grown.size() - 1)[1] = b;
            } else {
                grown.add(new int[] {a, b});
            }
        }
        return grown;
    }

    private static boolean aboveEdge(double power, double noise, double edge) {
        return Double.isFinite(power) && Double.isFinite(noise) && power > noise * edge;
    }

    private void split(int a, int b, double[] power, double binHz, List<int[]> out) {
        if ((b - a + 1) * binHz <= settings.maxCarrierHz()) {
            out.add(new int[] {a, b});
            return;
        }
        int half = Math.max(0, (int) Math.round(SPLIT_SMOOTHING_HZ / binHz / 2));
        int margin = Math.max(1, (int) Math.round(MIN_SPLIT_PIECE_HZ / binHz));
        double[] smooth = new double[b - a + 1];
        for (int i = a; i <= b; i++) {
            double sum = 0;
            int count = 0;
            for (int j = Math.max(a, i - half); j <= Math.min(b, i + half); j++) {
                if (Double.isFinite(power[j])) {
                    sum += power[j];
                    count++;
                }
            }
            smooth[i - a] = count == 0 ? Double.NaN : sum / count;
        }
        int dip = -1;
        for (int i = a + margin; i <= b - margin; i++) {
            double value = smooth[i - a];
            if (!Double.isNaN(value) && (dip < 0 || value < smooth[dip - a])) {
                dip = i;
            }
        }
        if (dip < 0) {
            out.add(new int[] {a, b});
            return;
        }
        double left = max(smooth, 0, dip - a);
        double right = max(smooth, dip - a, b - a);
        double depth = Decibels.fromPower(Math.min(left, right) / smooth[dip - a]);
        if (!(depth >= settings.splitDipDb())) {
            out.add(new int[] {a, b});
            return;
        }
        split(a, dip - 1, power, binHz, out);
        split(dip + 1, b, power, binHz, out);
    }

    private static double max(double[] values, int from, int to) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i <= to; i++) {
            if (values[i] > max) {
                max = values[i];
            }
        }
        return max;
    }

    private static Carrier measure(BinnedSpectrum spectrum, int a, int b, double[] power, double[] noise,
            Calibration calibration) {
        double binHz = spectrum.binHz();
        double signal = 0;
        double noiseSum = 0;
        double moment = 0;
        double peak = Double.NEGATIVE_INFINITY;
        int measured = 0;
        for (int i = a; i <= b; i++) {
            if (!Double.isFinite(power[i]) || !Double.isFinite(noise[i])) {
                continue;
            }
            double s = Math.max(0, power[i] - noise[i]);
            signal += s;
            moment += s * spectrum.frequencyHz(i);
            noiseSum += noise[i];
            peak = Math.max(peak, power[i]);
            measured++;
        }
        if (!(signal > 0)) {
            return null;
        }
        double centroid = moment / signal;
        double lowEdge = occupiedEdge(spectrum, a, b, power, noise, signal * 0.005);
        double highEdge = occupiedEdge(spectrum, a, b, power, noise, signal * 0.995);
        return new Carrier(Math.round(centroid), calibration.dbm(Decibels.fromPower(signal)), highEdge - lowEdge,
                Decibels.fromPower(signal / noiseSum),
                Math.round(spectrum.frequencyHz(a) - binHz / 2), Math.round(spectrum.frequencyHz(b) + binHz / 2),
                calibration.dbm(Decibels.fromPower(peak)), calibration.dbm(Decibels.fromPower(noiseSum / measured)),
                FmRaster.nearestChannelHz(centroid), spectrum.time());
    }

    /** Frequency below which {@code target} of the carrier's power lies, each bin's power spread over its width. */
    private static double occupiedEdge(BinnedSpectrum spectrum, int a, int b, double[] power, double[] noise,
            double target) {
        double binHz = spectrum.binHz();
        double cumulative = 0;
        for (int i = a; i <= b; i++) {
            if (!Double.isFinite(power[i]) || !Double.isFinite(noise[i])) {
                continue;
            }
            double s = Math.max(0, power[i] - noise[i]);
            if (s > 0 && cumulative + s >= target) {
                return spectrum.frequencyHz(i) - binHz / 2 + binHz * (target - cumulative) / s;
            }
            cumulative += s;
        }
        return spectrum.frequencyHz(b) + binHz / 2;
    }

    /**
     * The band's own energy: bins of carriers centred outside it (an FM station at 107.9 MHz whose
     * upper flank crosses 108 MHz) count as measured but not as energy, so its excess is what
     * originates in the band.
     */
    private BandEnergy bandEnergy(BinnedSpectrum spectrum, Band band, double[] power, double[] floorDb,
            List<Carrier> carriers, List<int[]> carrierBins, Calibration calibration) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < power.length; i++) {
            if (band.contains(spectrum.frequencyHz(i))) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        double floor = NoiseFloor.percentile(spectrum.db(), first, last + 1, settings.floorPercentile());
        if (Double.isNaN(floor)) {
            floor = floorDb[first];
        }
        double floorPower = Decibels.toPower(floor);
        boolean[] foreign = new boolean[last - first + 1];
        for (int c = 0; c < carriers.size(); c++) {
            if (!band.contains(carriers.get(c).frequencyHz())) {
                for (int i = Math.max(first, carrierBins.get(c)[0]); i <= Math.min(last, carrierBins.get(c)[1]); i++) {
                    foreign[i - first] = true;
                }
            }
        }
        double total = 0;
        double excess = 0;
        double peak = Double.NEGATIVE_INFINITY;
        int peakBin = first;
        int measured = 0;
        for (int i = first; i <= last; i++) {
            if (!Double.isFinite(power[i])) {
                continue;
            }
            measured++;
            if (foreign[i - first]) {
                total += floorPower;
                continue;
            }
            total += power[i];
            excess += Math.max(0, power[i] - floorPower);
            if (power[i] > peak) {
                peak = power[i];
                peakBin = i;
            }
        }
        if (measured == 0) {
            return null;
        }
        int inBand = 0;
        for (Carrier carrier : carriers) {
            if (band.contains(carrier.frequencyHz())) {
                inBand++;
            }
        }
        double covered = Math.min(1.0, measured * spectrum.binHz() / band.widthHz());
        return new BandEnergy(band, covered, calibration.dbm(floor), calibration.dbm(Decibels.fromPower(total)),
                calibration.dbm(Decibels.fromPower(excess)), Decibels.fromPower(total / (floorPower * measured)),
                Math.round(spectrum.frequencyHz(peakBin)), calibration.dbm(Decibels.fromPower(peak)), inBand);
    }
}
