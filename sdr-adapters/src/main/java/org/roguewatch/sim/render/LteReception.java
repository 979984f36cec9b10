package org.roguewatch.sim.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.gsmtap.GsmtapType;
import org.roguewatch.lte.LteRrcChannel;
import org.roguewatch.sim.propagation.LinkBudget;
import org.roguewatch.sim.scenario.Emitter;
import org.roguewatch.sim.scenario.LteCell;
import org.roguewatch.sim.scenario.Probe;
import org.roguewatch.sim.scenario.Propagation;

/**
 * How one probe receives LTE. LTE reuses every carrier in every cell (reuse 1): neighbouring cells
 * share an EARFCN and only their physical cell id tells them apart. A GSMTAP probe (LTESniffer,
 * srsRAN, a phone's diagnostic port) synchronises to one cell per carrier and decodes only that
 * cell, the way a UE camps, and GSMTAP has no field for the PCI: a pcap gives one stream per EARFCN.
 * So, per EARFCN, the probe
 * <ul>
 * <li><b>camps on the strongest cell</b> (mean level at the probe) among those on the air, and
 * stays on it until it goes off or another is {@value #CAMP_HYSTERESIS_DB} dB stronger (a
 * reselection hysteresis, TS 36.304 5.2.4.6 q-Hyst: fixed probes never flip between two cells of
 * almost equal level). It re-measures every 320 ms (the shortest DRX cycle, once per which idle UEs
 * measure), and at once when its cell goes off;</li>
 * <li>decodes a frame of the camped cell when its SINR — level plus a fading draw, over the noise
 * in the 9 MHz the 50 resource blocks occupy plus every other co-channel cell on the air, each at
 * the share {@code lte_load} of its power that falls on the resource elements being decoded (a
 * neighbour interferes only where it transmits: its PRB utilisation; reference signals and control
 * region aside) — reaches {@value #PBCH_MIN_SINR_DB} dB for the MIB
 * (PBCH) and {@value #PDSCH_MIN_SINR_DB} dB for everything carried on the PDSCH (SIB1, SI, paging,
 * dedicated messages);</li>
 * <li>hears nothing of the other cells on that EARFCN (they are "masked").</li>
 * </ul>
 * The two frames of one NAS message (RRC container and LTE_NAS copy) share one fading draw and
 * decision.
 *
 * <p>The thresholds come from the UE demodulation requirements of TS 36.101, which assume two
 * receive antennas; a probe has one, which costs about 3 dB of diversity gain:
 * <ul>
 * <li>PBCH (8.6.1.1): 1 % of MIBs missed at -6.1 dB SNR (1x2, ETU70) → -3 dB here;</li>
 * <li>PDCCH (8.4.1.1): 1 % of downlink grants missed at -1.7 dB (10 MHz, aggregation level 8, as the
 * common search space of SIB, paging and Msg4 grants uses) → +1 dB here. The PDSCH of those
 * messages (QPSK at a low code rate) decodes below its grant, so the grant decides.</li>
 * </ul>
 */
final class LteReception {
    static final double PBCH_MIN_SINR_DB = -3;
    static final double PDSCH_MIN_SINR_DB = 1;
    static final double CAMP_HYSTERESIS_DB = 3;
    /**
     * How often the probe re-measures a carrier's cells to choose the one it camps on: every 320 ms,
     * the shortest default paging (DRX) cycle, once per which an idle UE measures at least (TS 36.133
     * 4.2.2.1).
     */
    static final long MEASUREMENT_NANOS = 320_000_000L;
    /** 50 resource blocks x 12 subcarriers x 15 kHz. */
    static final double OCCUPIED_BANDWIDTH_HZ = 9e6;
    /** The bandwidth {@code noise_floor_dbm} is given for. */
    static final double GSM_CHANNEL_HZ = 200e3;

    /** Whether a frame is decoded. */
    enum Outcome { HEARD, TOO_WEAK, MASKED }

    /**
     * What the probe measured of a frame.
     *
     * @param levelDbm the cell's received power over its whole carrier, with the frame's fading: its EIRP
     *                 less the path's losses, as for GSM, so that a cell plan's EIRP predicts it (RSRP, the
     *                 power of one of the 600 resource elements of 50 RBs that LTE receivers report, is
     *                 27.8 dB less, TS 36.214 5.1.1)
     * @param sinrDb   over noise and co-channel interference in the occupied bandwidth
     */
    record Heard(Outcome outcome, double levelDbm, double sinrDb) {
    }

    /** The LTE emitters on one EARFCN, their levels at this probe when both ends are fixed, the camped one. */
    private static final class Carrier {
        final List<LteCell> cells = new ArrayList<>();
        final List<Double> fixedLevels = new ArrayList<>();
        final List<Double> fixedMw = new ArrayList<>();
        LteCell camped;
        long measuredPeriod = Long.MIN_VALUE;
    }

    private final LinkBudget budget;
    private final Probe probe;
    private final double noiseMw;
    private final double load;
    private final Map<Integer, Carrier> carriers = new LinkedHashMap<>();

    LteReception(Propagation propagation, LinkBudget budget, Probe probe, List<Emitter> emitters) {
        this.budget = budget;
        this.probe = probe;
        this.load = propagation.lteLoad();
        this.noiseMw = StrictMath.pow(10, (propagation.noiseFloorDbm()
                + 10 * StrictMath.log10(OCCUPIED_BANDWIDTH_HZ / GSM_CHANNEL_HZ)) / 10);
        for (Emitter emitter : emitters) {
            if (emitter instanceof LteCell cell) {
                Carrier carrier = carriers.computeIfAbsent(cell.earfcn(), e -> new Carrier());
                carrier.cells.add(cell);
                boolean fixed = !cell.track().mobile() && !probe.track().mobile();
                double level = fixed ? budget.receivedDbm(cell, probe, 0) : Double.NaN;
                carrier.fixedLevels.add(level);
                carrier.fixedMw.add(StrictMath.pow(10, level / 10));
            }
        }
    }

    /** The noise in an LTE carrier's occupied bandwidth, dBm. */
    double noiseDbm() {
        return 10 * StrictMath.log10(noiseMw);
    }

    /**
     * What the probe makes of LTE frame {@code t} (frames in time order: camping follows them).
     *
     * @param fadingDb the fading draw for this frame's message (0 when there is none)
     */
    Heard receive(Transmission t, double fadingDb) {
        LteCell cell = (LteCell) t.emitter();
        long at = t.offsetNanos();
        Carrier carrier = carriers.get(cell.earfcn());
        long period = Math.floorDiv(at, MEASUREMENT_NANOS);
        if (period != carrier.measuredPeriod || carrier.camped == null || !carrier.camped.schedule().isOn(at)) {
            camp(carrier, at);
            carrier.measuredPeriod = period;
        }
        if (carrier.camped != cell) {
            return new Heard(Outcome.MASKED, Double.NaN, Double.NaN);
        }
        double level = Double.NaN;
        double interferenceMw = 0;
        for (int i = 0; i < carrier.cells.size(); i++) {
            LteCell other = carrier.cells.get(i);
            if (!other.schedule().isOn(at)) {
                continue;
            }
            if (other == cell) {
                level = level(carrier, i, at);
            } else {
                double fixed = carrier.fixedLevels.get(i);
                interferenceMw += Double.isNaN(fixed) ? StrictMath.pow(10, level(carrier, i, at) / 10)
                        : carrier.fixedMw.get(i);
            }
        }
        double received = level + fadingDb;
        double sinr = received - 10 * StrictMath.log10(noiseMw + load * interferenceMw);
        double threshold = t.header().type() == GsmtapType.LTE_RRC && t.header().subType() == LteRrcChannel.BCCH_BCH
                ? PBCH_MIN_SINR_DB : PDSCH_MIN_SINR_DB;
        return new Heard(sinr >= threshold ? Outcome.HEARD : Outcome.TOO_WEAK, received, sinr);
    }

    /** Camps on the strongest cell on the air, unless the camped one is on and within the hysteresis. */
    private void camp(Carrier carrier, long at) {
        LteCell strongest = null;
        double strongestLevel = Double.NEGATIVE_INFINITY;
        double campedLevel = Double.NaN;
        for (int i = 0; i < carrier.cells.size(); i++) {
            LteCell cell = carrier.cells.get(i);
            if (!cell.schedule().isOn(at)) {
                continue;
            }
            double level = level(carrier, i, at);
            if (cell == carrier.camped) {
                campedLevel = level;
            }
            if (level > strongestLevel) {
                strongestLevel = level;
                strongest = cell;
            }
        }
        if (carrier.camped == null || Double.isNaN(campedLevel) || strongestLevel > campedLevel + CAMP_HYSTERESIS_DB) {
            carrier.camped = strongest;
        }
    }

    private double level(Carrier carrier, int index, long at) {
        double fixed = carrier.fixedLevels.get(index);
        return Double.isNaN(fixed) ? budget.receivedDbm(carrier.cells.get(index), probe, at) : fixed;
    }
}
