package org.roguewatch.spectrum.sweep;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.roguewatch.decode.MalformedSink;
import org.roguewatch.spectrum.Decibels;

/**
 * Groups rows into whole sweeps and lays each sweep on one grid sorted by frequency.
 *
 * <p><b>Where a sweep ends.</b> A row starts a new sweep when it covers more than half of a row
 * already in the current one (the tool is back at a frequency: its next pass); for rtl_power
 * also when its time stamp differs (all hops of one pass share it); and always when its bin width
 * differs by more than 1 % or it comes more than {@code maxSweepSpan} after the sweep's first row.
 * Once a sweep has been seen, a later one is emitted as soon as it holds the same rows as the
 * fullest sweep so far, so a live stream is not held back until the next pass begins (a sweep that
 * lost a malformed row does not lower that expectation).
 *
 * <p><b>Gaps and overlaps.</b> The grid's spacing is the smallest row step; each bin of each row is
 * placed at the grid point nearest its centre (an error of at most half a bin when hops are not on a
 * common grid). Where rows overlap by less than that half, the values landing on one grid point are
 * averaged as power, not as dB. Grid points no row reached stay {@code NaN} (a missing or malformed
 * hop, a range between two {@code -f} ranges). A row that would
 * stretch the grid beyond {@code maxBins} is reported as {@code sweep.span-too-wide} and left out.
 */
public final class SweepAssembler {
    public static final Duration DEFAULT_MAX_SWEEP_SPAN = Duration.ofMinutes(10);
    public static final int DEFAULT_MAX_BINS = 1 << 24;

    private final Consumer<Sweep> out;
    private final MalformedSink sink;
    private final Duration maxSweepSpan;
    private final int maxBins;
    private final List<SweepRow> current = new ArrayList<>();
    private double lowestCentre;
    private double highestCentre;
    private double minStep;
    private long[] expectedLayout;
    private long emitted;

    public SweepAssembler(Consumer<Sweep> out, MalformedSink sink) {
        this(out, sink, DEFAULT_MAX_SWEEP_SPAN, DEFAULT_MAX_BINS);
    }

    public SweepAssembler(Consumer<Sweep> out, MalformedSink sink, Duration maxSweepSpan, int maxBins) {
        this.out = Objects.requireNonNull(out, "out");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.maxSweepSpan = Objects.requireNonNull(maxSweepSpan, "maxSweepSpan");
        if (maxBins < 1) {
            throw new IllegalArgumentException("maxBins must be positive");
        }
        this.maxBins = maxBins;
    }

    /** Adds a row, emitting the sweep it completes or ends. */
    public void accept(SweepRow row) {
        if (row.bins() == 0) {
            return;
        }
        if (!current.isEmpty() && startsNewSweep(row)) {
            emit();
        }
        double low = row.binCentreHz(0);
        double high = row.binCentreHz(row.bins() - 1);
        if (current.isEmpty()) {
            if ((high - low) / row.hzStep() + 1 > maxBins) {
                sink.malformed("sweep.span-too-wide", row.ref(), "row of " + row.bins() + " bins exceeds " + maxBins);
                return;
            }
            lowestCentre = low;
            highestCentre = high;
            minStep = row.hzStep();
        } else {
            double step = Math.min(minStep, row.hzStep());
            double span = Math.max(highestCentre, high) - Math.min(lowestCentre, low);
            if (span / step + 1 > maxBins) {
                sink.malformed("sweep.span-too-wide", row.ref(), "row " + row.hzLow() + ".." + row.hzHigh()
                        + " Hz would stretch the sweep beyond " + maxBins + " bins; left out");
                return;
            }
            lowestCentre = Math.min(lowestCentre, low);
            highestCentre = Math.max(highestCentre, high);
            minStep = step;
        }
        current.add(row);
        if (expectedLayout != null && current.size() == expectedLayout.length
                && Arrays.equals(layout(current), expectedLayout)) {
            emit();
        }
    }

    /** Emits the sweep in progress, if any (call at the end of input). */
    public void flush() {
        if (!current.isEmpty()) {
            emit();
        }
    }

    /** Sweeps emitted so far. */
    public long sweeps() {
        return emitted;
    }

    private boolean startsNewSweep(SweepRow row) {
        SweepRow first = current.get(0);
        if (row.tool().oneTimePerSweep() && !row.time().equals(first.time())) {
            return true;
        }
        if (Math.abs(row.hzStep() - minStep) > 0.01 * minStep) {
            return true;
        }
        if (Duration.between(first.time(), row.time()).compareTo(maxSweepSpan) > 0
                || row.time().isBefore(first.time())) {
            return true;
        }
        for (SweepRow seen : current) {
            double overlap = Math.min(seen.hzHigh(), row.hzHigh()) - Math.max(seen.hzLow(), row.hzLow());
            double shorter = Math.min(seen.hzHigh() - seen.hzLow(), row.hzHigh() - row.hzLow());
            if (overlap > shorter / 2) {
                return true;
            }
        }
        return false;
    }

    private void emit() {
        int bins = (int) Math.round((highestCentre - lowestCentre) / minStep) + 1;
        double[] power = new double[bins];
        int[] count = new int[bins];
        Instant last = current.get(0).time();
        for (SweepRow row : current) {
            double[] db = row.db();
            for (int i = 0; i < db.length; i++) {
                if (Double.isNaN(db[i])) {
                    continue;
                }
                int bin = (int) Math.round((row.binCentreHz(i) - lowestCentre) / minStep);
                if (bin >= 0 && bin < bins) {
                    power[bin] += Decibels.toPower(db[i]);
                    count[bin]++;
                }
            }
            if (row.time().isAfter(last)) {
                last = row.time();
            }
        }
        double[] db = new double[bins];
        int unmeasured = 0;
        for (int i = 0; i < bins; i++) {
            if (count[i] == 0) {
                db[i] = Double.NaN;
                unmeasured++;
            } else {
                db[i] = Decibels.fromPower(power[i] / count[i]);
            }
        }
        SweepRow first = current.get(0);
        Sweep sweep = new Sweep(first.time(), Math.round(lowestCentre), minStep, db, last, current.size(), unmeasured,
                first.ref());
        if (expectedLayout == null || current.size() >= expectedLayout.length) {
            expectedLayout = layout(current);
        }
        current.clear();
        emitted++;
        out.accept(sweep);
    }

    private static long[] layout(List<SweepRow> rows) {
        long[] lows = new long[rows.size()];
        for (int i = 0; i < lows.length; i++) {
            lows[i] = rows.get(i).hzLow();
        }
        Arrays.sort(lows);
        return lows;
    }
}
