package org.roguewatch.sim.render;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.math3.special.Erf;
import org.roguewatch.sim.propagation.LinkBudget;
import org.roguewatch.sim.propagation.Seeds;
import org.roguewatch.sim.scenario.FmStation;
import org.roguewatch.sim.scenario.Probe;
import org.roguewatch.sim.scenario.Scenario;
import org.roguewatch.sim.scenario.SpectrumSettings;

/**
 * Writes the sweeps a probe's rtl_power would record, in rtl_power's CSV line format:
 * {@code date, time, Hz low, Hz high, Hz step, samples, dB, dB, ...} — one line per tuner hop,
 * date and time in UTC (rtl_power writes local time), values with two decimals. Unlike rtl_power,
 * which repeats its last bin, each line has exactly one value per bin.
 *
 * <p>A bin holds the noise floor (with a small Gaussian ripple per bin and sweep) plus the part of
 * each FM station's received power that falls in it: a broadcast FM signal (±75 kHz deviation) is
 * modelled as a Gaussian power spectrum with σ = {@value #FM_SIGMA_HZ} Hz around its real carrier,
 * so 99 % of its power lies within ±100 kHz. A station's level is its link budget plus, per sweep,
 * the scenario's fading. A station with a spurious emission adds, at that frequency, a Gaussian of
 * σ = {@value #SPURIOUS_SIGMA_HZ} Hz carrying its level plus {@code spurious_dbc}.
 */
public final class SpectrumSweeper {
    static final double FM_SIGMA_HZ = 40_000;
    /** A spurious product is narrower than the carrier: most of the deviation ends up off the product's bins. */
    static final double SPURIOUS_SIGMA_HZ = 8_000;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd, HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Scenario scenario;
    private final LinkBudget budget;

    public SpectrumSweeper(Scenario scenario, LinkBudget budget) {
        this.scenario = scenario;
        this.budget = budget;
    }

    /** @return the number of lines written */
    public long write(Probe probe, Writer out) throws IOException {
        SpectrumSettings s = scenario.spectrum();
        Random random = Seeds.random(scenario.seed(), "spectrum/" + probe.id());
        List<FmStation> stations = scenario.fmStations();
        long interval = s.interval().toNanos();
        long duration = scenario.duration().toNanos();
        double fading = scenario.propagation().fadingSigmaDb();
        long lines = 0;
        StringBuilder line = new StringBuilder(16 * 1024);
        for (long t = 0; t < duration; t += interval) {
            double[] stationDbm = new double[stations.size()];
            for (int i = 0; i < stations.size(); i++) {
                FmStation station = stations.get(i);
                stationDbm[i] = station.schedule().isOn(t)
                        ? budget.receivedDbm(station, probe, t) + (fading == 0 ? 0 : fading * random.nextGaussian())
                        : Double.NEGATIVE_INFINITY;
            }
            String stamp = STAMP.format(scenario.start().plusNanos(t));
            for (long low = s.startHz(); low < s.stopHz(); low += s.hopHz()) {
                long high = Math.min(low + s.hopHz(), s.stopHz());
                int bins = (int) ((high - low) / s.binHz());
                if (bins == 0) {
                    break;
                }
                high = low + bins * s.binHz();
                line.setLength(0);
                line.append(stamp).append(", ").append(low).append(", ").append(high).append(", ")
                        .append(String.format(Locale.ROOT, "%.2f", (double) s.binHz())).append(", ").append(s.samples());
                for (int b = 0; b < bins; b++) {
                    // rtl_power centres bin b on Hz low + b * Hz step (see SweepTool.RTL_POWER)
                    long binLow = low + b * s.binHz() - s.binHz() / 2;
                    double mw = StrictMath.pow(10, (s.noiseFloorDbm() + s.noiseRippleDb() * random.nextGaussian()) / 10);
                    for (int i = 0; i < stations.size(); i++) {
                        if (stationDbm[i] == Double.NEGATIVE_INFINITY) {
                            continue;
                        }
                        FmStation station = stations.get(i);
                        double share = share(station.carrierHz(), FM_SIGMA_HZ, binLow, binLow + s.binHz());
                        if (share > 0) {
                            mw += share * StrictMath.pow(10, stationDbm[i] / 10);
                        }
                        if (station.hasSpurious()) {
                            double spur = share(station.spuriousHz(), SPURIOUS_SIGMA_HZ, binLow, binLow + s.binHz());
                            if (spur > 0) {
                                mw += spur * StrictMath.pow(10, (stationDbm[i] + station.spuriousDbc()) / 10);
                            }
                        }
                    }
                    line.append(", ").append(String.format(Locale.ROOT, "%.2f", 10 * StrictMath.log10(mw)));
                }
                out.write(line.append('\n').toString());
                lines++;
            }
        }
        return lines;
    }

    /** The fraction of an FM signal's power between {@code lowHz} and {@code highHz}. */
    static double share(long carrierHz, long lowHz, long highHz) {
        return share(carrierHz, FM_SIGMA_HZ, lowHz, highHz);
    }

    /** The fraction of a Gaussian spectrum's power (σ {@code sigmaHz}) between {@code lowHz} and {@code highHz}. */
    static double share(long centreHz, double sigmaHz, long lowHz, long highHz) {
        double a = (lowHz - centreHz) / (sigmaHz * Math.sqrt(2));
        double b = (highHz - centreHz) / (sigmaHz * Math.sqrt(2));
        if (a > 6 || b < -6) {
            return 0;
        }
        return 0.5 * (Erf.erf(b) - Erf.erf(a));
    }
}
