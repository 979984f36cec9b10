package org.roguewatch.spectrum.sweep;

/**
 * The programs whose CSV output we read. Both print {@code date, time, Hz low, Hz high, Hz step,
 * samples, dB, dB, ...} with the date and time from {@code localtime()}, but they place their bins
 * differently and rtl_power repeats its last value.
 */
public enum SweepTool {
    /**
     * rtl_power (rtl-sdr, {@code src/rtl_power.c}, {@code csv_dbm}): after the FFT shift bin {@code i}
     * is centred on {@code Hz low + i * Hz step}; the line ends with the last bin printed twice (the
     * loop prints {@code avg[i1..i2]}, then {@code avg[i2]} again). All hops of one sweep carry the
     * same time stamp (one {@code strftime} per sweep, whole seconds). With {@code -c crop} the kept
     * bins are rounded at both ends separately, so the count may exceed (high − low)/step by one.
     */
    RTL_POWER("rtl_power", 0.0, true, true, 1.0),
    /**
     * hackrf_sweep (hackrf-tools, {@code hackrf_sweep.c}, {@code rx_callback}): each tuning prints two
     * quarter-band lines, {@code [f, f+5 MHz]} then {@code [f+10, f+15 MHz]}, and the interleaved
     * tunings are not in frequency order. The FFT size is an odd multiple of 4 and the tuner sits
     * 7.5 MHz above {@code f}, so bin {@code i} is centred on {@code hz_low + (i + ½) * hz_bin_width};
     * the count is exactly (high − low)/width. Times carry microseconds and differ per tuning;
     * {@code num_samples} is the FFT size.
     */
    HACKRF_SWEEP("hackrf_sweep", 0.5, false, false, 0.0);

    private final String executable;
    private final double firstBinOffset;
    private final boolean repeatsLastBin;
    private final boolean oneTimePerSweep;
    private final double binCountSlack;

    SweepTool(String executable, double firstBinOffset, boolean repeatsLastBin, boolean oneTimePerSweep,
            double binCountSlack) {
        this.executable = executable;
        this.firstBinOffset = firstBinOffset;
        this.repeatsLastBin = repeatsLastBin;
        this.oneTimePerSweep = oneTimePerSweep;
        this.binCountSlack = binCountSlack;
    }

    /** The program's name as installed by its Debian package (rtl-sdr, hackrf). */
    public String executable() {
        return executable;
    }

    /** Centre of bin {@code i} is {@code hzLow + (i + firstBinOffset()) * hzStep}. */
    public double firstBinOffset() {
        return firstBinOffset;
    }

    /** Whether each line ends with its last bin printed a second time. */
    boolean repeatsLastBin() {
        return repeatsLastBin;
    }

    /** Whether every row of one sweep carries the same time stamp. */
    public boolean oneTimePerSweep() {
        return oneTimePerSweep;
    }

    /** Bins by which a valid row's count may legitimately differ from (high − low)/step, before rounding. */
    double binCountSlack() {
        return binCountSlack;
    }
}
