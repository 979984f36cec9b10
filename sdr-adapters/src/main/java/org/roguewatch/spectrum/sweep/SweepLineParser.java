package org.roguewatch.spectrum.sweep;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;

/**
 * Parses one CSV line of rtl_power or hackrf_sweep into a {@link SweepRow}. Never throws on bad
 * input: it returns {@link Decoded.Malformed} with a {@code sweep.*} reason and the character column.
 *
 * <p>Reasons: {@code sweep.truncated} (fewer than the six header fields and one bin),
 * {@code sweep.time}, {@code sweep.hz} (edges not integers, or high ≤ low), {@code sweep.step},
 * {@code sweep.samples}, {@code sweep.bin.non-numeric}, {@code sweep.bins-vs-step} (the number of
 * bins disagrees with (high − low)/step beyond what the tool's rounding explains).
 */
public final class SweepLineParser {
    /** Far above any SDR; a larger edge is a corrupt field, not a frequency. */
    static final long MAX_HZ = 1_000_000_000_000L;

    private final SweepTool tool;
    private final SweepClock clock;
    private final String source;
    private Instant lastTime;

    public SweepLineParser(SweepTool tool, String source, ZoneId zone) {
        this.tool = Objects.requireNonNull(tool, "tool");
        this.source = Objects.requireNonNull(source, "source");
        this.clock = new SweepClock(zone);
    }

    public SweepTool tool() {
        return tool;
    }

    /** The time of the last line whose time stamp could be read, for locating errors; may be null. */
    public Instant lastTime() {
        return lastTime;
    }

    /** @param lineNumber 1-based, used in the row's {@link FrameRef} */
    public Decoded<SweepRow> parse(String line, long lineNumber) {
        try {
            return Decoded.ok(parseOrThrow(line, lineNumber));
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }

    private SweepRow parseOrThrow(String line, long lineNumber) {
        CsvFields fields = new CsvFields(line);
        fields.advance();
        if (fields.isEmpty() && fields.remaining() == 0) {
            throw new DecodeException("sweep.truncated", 0, "empty line");
        }
        Instant time = clock.read(fields);
        lastTime = time;
        long low = edge(fields, "Hz low");
        long high = edge(fields, "Hz high");
        if (high <= low) {
            throw fields.fail("sweep.hz", "Hz high " + high + " is not above Hz low " + low);
        }
        require(fields, "Hz step");
        double step = fields.decimal("sweep.step", "Hz step");
        if (!(step > 0) || Double.isInfinite(step)) {
            throw fields.fail("sweep.step", "Hz step " + fields.clipped() + " is not a positive number");
        }
        require(fields, "samples");
        long samples = fields.nonNegativeLong("sweep.samples", "samples");
        if (samples > Integer.MAX_VALUE) {
            throw fields.fail("sweep.samples", "samples " + samples + " is out of range");
        }
        int bins = fields.remaining();
        if (bins == 0) {
            throw new DecodeException("sweep.truncated", line.length(), "no dB values after the samples field");
        }
        double[] db = new double[bins];
        for (int i = 0; i < bins; i++) {
            fields.advance();
            db[i] = fields.decimal("sweep.bin.non-numeric", "bin " + (i + 1));
        }
        if (tool.repeatsLastBin() && bins >= 2 && Double.compare(db[bins - 1], db[bins - 2]) == 0) {
            db = Arrays.copyOf(db, bins - 1);
        }
        checkBinCount(db.length, low, high, step, line.length());
        return new SweepRow(time, low, high, step, (int) samples, db, new FrameRef(source, lineNumber, time), tool);
    }

    /**
     * The tools print the step with {@code %.2f} (error ≤ 0.005 Hz) and rtl_power truncates its half
     * span to whole Hz (≤ 1 Hz each side); beyond those and the tool's own slack a count is wrong.
     */
    private void checkBinCount(int bins, long low, long high, double step, int column) {
        double expected = (high - low) / step;
        double tolerance = tool.binCountSlack() + 0.01 + expected * 0.005 / step + 2.0 / step;
        if (Math.abs(bins - expected) > tolerance) {
            throw new DecodeException("sweep.bins-vs-step", column, String.format(java.util.Locale.ROOT,
                    "%d bins but (Hz high - Hz low)/Hz step = (%d - %d)/%s = %.2f", bins, high, low,
                    stripZeros(step), expected));
        }
    }

    private static long edge(CsvFields fields, String what) {
        require(fields, what);
        long hz = fields.nonNegativeLong("sweep.hz", what);
        if (hz > MAX_HZ) {
            throw fields.fail("sweep.hz", what + " " + hz + " is beyond any receiver");
        }
        return hz;
    }

    private static void require(CsvFields fields, String what) {
        int column = fields.column();
        if (!fields.advance()) {
            throw new DecodeException("sweep.truncated", column, "line ends before " + what);
        }
    }

    private static String stripZeros(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
