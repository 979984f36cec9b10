package org.roguewatch.sim.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.gsmtap.GsmtapType;
import org.roguewatch.lte.LteRrcChannel;
import org.roguewatch.lte.rrc.LteDedicatedEncoder;
import org.roguewatch.lte.rrc.Paging;
import org.roguewatch.lte.rrc.PagingRecord;
import org.roguewatch.sim.propagation.Seeds;
import org.roguewatch.sim.scenario.Emitter;
import org.roguewatch.sim.scenario.LteCell;
import org.roguewatch.sim.scenario.LteRogueBehaviour;
import org.roguewatch.sim.scenario.Scenario;
import org.roguewatch.sim.scenario.Schedule;

/**
 * Renders an LTE cell's downlink as GSMTAP LTE_RRC and LTE_NAS frames: its broadcast (MIB, SIB1
 * every 80 ms and the SystemInformation schedule of {@link LteSystemInformation}: one full 640 ms
 * cycle out of {@code lte_si_decimation}, opened by its MIB), paging on the PCCH (subframe 9, TS
 * 36.304 7.2 with nB = T), and RRC connections ({@link LteConnection}): genuine attaches on the
 * operator's cells, for a rogue cell what it does to the UEs it catches, and its paging by IMSI.
 * The GSMTAP ARFCN field carries the EARFCN, the frame number 10 x SFN + subframe.
 *
 * <p>A cell handles one RRC connection at a time: a UE arriving while another is connected waits
 * for it. Real eNodeBs serve many at once, but GSMTAP carries no RNTI, so a probe could not tell
 * interleaved connections apart.
 *
 * <p>Each cell has its own SFN offset, decimation phase, SIB value tag and random streams, all
 * derived from the scenario seed and the cell's id.
 */
public final class LteCellRenderer implements EmitterRenderer {
    private static final int PAGING_SUBFRAME = 9;
    private static final int MIB_SUBFRAME = 0;
    /** The operator's MMEs: paging S-TMSIs name MME codes 1..4. */
    private static final int MME_CODES = 4;
    private static final int VALUE_TAGS = 32;

    @Override
    public boolean renders(Emitter emitter) {
        return emitter instanceof LteCell;
    }

    @Override
    public List<Transmission> render(Emitter emitter, RenderContext context) {
        LteCell cell = (LteCell) emitter;
        Scenario scenario = context.scenario();
        long seed = scenario.seed();
        Random timing = Seeds.random(seed, "lte/" + cell.id() + "/timing");
        LteClock clock = new LteClock(Math.floorMod(timing.nextLong(),
                (long) LteClock.SFN_PERIOD * LteClock.SUBFRAMES_PER_FRAME));
        int decimation = scenario.render().lteSiDecimation();
        int phase = timing.nextInt(decimation);
        LteSystemInformation si = new LteSystemInformation(cell, timing.nextInt(VALUE_TAGS));
        Output out = new Output(cell, context.emitterIndex(), clock);
        Random paging = Seeds.random(seed, "lte/" + cell.id() + "/paging");
        Random ues = Seeds.random(seed, "lte/" + cell.id() + "/ues");
        LteRogueBehaviour behaviour = cell.behaviour();
        double pagesPerNano = (behaviour == null ? cell.parameters().pagingPerMinute()
                : behaviour.imsiPagingPerMinute()) / 60e9;
        double connectionsPerNano = (behaviour == null ? cell.parameters().attachesPerMinute()
                : behaviour.phonesPerMinute()) / 60e9;
        long busyUntil = Long.MIN_VALUE;
        int imsiPages = 0;

        for (Schedule.Window window : cell.schedule().within(scenario.duration())) {
            long from = window.from().toNanos();
            long to = window.to().toNanos();
            long sFrom = clock.subframeAtOrAfter(from);
            long sTo = clock.subframeAtOrAfter(to);
            broadcast(si, sFrom, sTo, decimation, phase, out);
            for (long t = from + exponential(paging, pagesPerNano); t < to; t += exponential(paging, pagesPerNano)) {
                long s = LteClock.nextAt(clock.subframeAtOrAfter(t), PAGING_SUBFRAME);
                if (s >= sTo) {
                    continue;
                }
                List<PagingRecord> records = new ArrayList<>(2);
                if (behaviour == null) {
                    records.add(sTmsi(paging));
                    if (paging.nextInt(5) == 0) {
                        records.add(sTmsi(paging));
                    }
                } else {
                    List<String> imsis = behaviour.pagingImsis();
                    records.add(PagingRecord.imsi(imsis.get(imsiPages++ % imsis.size()), "ps"));
                }
                out.add(s, GsmtapType.LTE_RRC, LteRrcChannel.PCCH,
                        LteDedicatedEncoder.paging(new Paging(records, false, false)), -1);
            }
            for (long t = from + exponential(ues, connectionsPerNano); t < to;
                 t += exponential(ues, connectionsPerNano)) {
                long request = Math.max(clock.subframeAtOrAfter(t), busyUntil + 1);
                LteConnection.Result connection = behaviour == null ? LteConnection.genuineAttach(request, ues)
                        : LteConnection.rogueVisit(cell, request, ues, clock);
                if (connection.lastSubframe() >= sTo) {
                    continue; // it would not finish before the cell goes off: it is not started
                }
                busyUntil = connection.lastSubframe();
                if (connection.truth() != null) {
                    context.truth().add(connection.truth());
                }
                long firstMessage = out.messages;
                for (LteConnection.Frame frame : connection.frames()) {
                    long message = frame.message() < 0 ? -1 : firstMessage + frame.message();
                    out.add(frame.subframe(), frame.type(), frame.subType(), frame.payload(), message);
                    out.messages = Math.max(out.messages, message + 1);
                }
            }
        }
        out.transmissions.sort(Comparator.comparingLong(Transmission::offsetNanos)
                .thenComparingLong(Transmission::sequence));
        return out.transmissions;
    }

    /**
     * Every broadcast of each emitted cycle (cycles whose number is {@code phase} modulo
     * {@code decimation}): the MIB that opens it, SIB1 every 8 radio frames, each SI message in its
     * window every period.
     */
    private static void broadcast(LteSystemInformation si, long sFrom, long sTo, int decimation, int phase,
                                  Output out) {
        int cycle = LteSystemInformation.CYCLE_FRAMES;
        for (long k = Math.floorDiv(LteClock.frame(sFrom), cycle); k * cycle * LteClock.SUBFRAMES_PER_FRAME < sTo; k++) {
            if (Math.floorMod(k, decimation) != phase) {
                continue;
            }
            long first = k * cycle;
            out.addIfWithin(subframe(first, MIB_SUBFRAME), sFrom, sTo, LteRrcChannel.BCCH_BCH,
                    LteSystemInformation.mib(first));
            for (int f = 0; f < cycle; f++) {
                if (f % LteSystemInformation.SIB1_PERIOD_FRAMES == 0) {
                    out.addIfWithin(subframe(first + f, LteSystemInformation.SIB1_SUBFRAME), sFrom, sTo,
                            LteRrcChannel.BCCH_DL_SCH, si.sib1());
                }
                for (LteSystemInformation.SiMessage message : si.messages()) {
                    if (f % message.periodFrames() == message.windowStartFrame()) {
                        out.addIfWithin(subframe(first + f, 0), sFrom, sTo, LteRrcChannel.BCCH_DL_SCH,
                                message.bytes());
                    }
                }
            }
        }
    }

    private static long subframe(long frame, int subframe) {
        return frame * LteClock.SUBFRAMES_PER_FRAME + subframe;
    }

    /** A paging record for one of the operator's UEs: S-TMSI = MME code and M-TMSI (TS 23.003 2.9). */
    private static PagingRecord sTmsi(Random random) {
        return PagingRecord.sTmsi(1 + random.nextInt(MME_CODES), random.nextLong() & 0xffffffffL, "ps");
    }

    /** Exponential inter-arrival time in ns; {@code Long.MAX_VALUE / 2} when the rate is 0. */
    private static long exponential(Random random, double perNano) {
        if (perNano <= 0) {
            return Long.MAX_VALUE / 2;
        }
        return Math.max(1, (long) (-StrictMath.log(1 - random.nextDouble()) / perNano));
    }

    /** Collects a cell's frames with their times and running sequence numbers. */
    private static final class Output {
        private final LteCell cell;
        private final int emitterIndex;
        private final LteClock clock;
        private final List<Transmission> transmissions = new ArrayList<>();
        /** Messages numbered so far (the two frames of one NAS message share a number). */
        private long messages;

        Output(LteCell cell, int emitterIndex, LteClock clock) {
            this.cell = cell;
            this.emitterIndex = emitterIndex;
            this.clock = clock;
        }

        void addIfWithin(long s, long sFrom, long sTo, int channel, byte[] payload) {
            if (s >= sFrom && s < sTo) {
                add(s, GsmtapType.LTE_RRC, channel, payload, -1);
            }
        }

        void add(long s, int type, int subType, byte[] payload, long message) {
            GsmtapHeader header = new GsmtapHeader(GsmtapHeader.VERSION, GsmtapHeader.MIN_LENGTH, type, 0, cell.earfcn(),
                    false, false, 0, 0, LteClock.gsmtapFrameNumber(s), subType, 0, 0);
            transmissions.add(new Transmission(clock.nanos(s), cell, emitterIndex, transmissions.size(), message, header,
                    payload));
        }
    }
}
