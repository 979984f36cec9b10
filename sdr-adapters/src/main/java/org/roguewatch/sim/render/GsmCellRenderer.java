package org.roguewatch.sim.render;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.roguewatch.gsm.LocationAreaId;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.gsm.rr.PagingRequest;
import org.roguewatch.gsm.rr.RrEncoder;
import org.roguewatch.gsmtap.GsmtapChannel;
import org.roguewatch.gsmtap.GsmtapEncoder;
import org.roguewatch.sim.propagation.Seeds;
import org.roguewatch.sim.scenario.Emitter;
import org.roguewatch.sim.scenario.GsmCell;
import org.roguewatch.sim.scenario.Scenario;
import org.roguewatch.sim.scenario.Schedule;

/**
 * Renders a GSM cell's downlink: its BCCH System Information cycle (TS 45.002 6.3.1.3, one full
 * 8-multiframe cycle out of {@code si_decimation}), paging on the CCCH at the configured rate, and
 * for a rogue cell the SDCCH transactions of the phones that camp on it. Each cell has its own
 * frame-number offset, decimation phase and random streams, all derived from the scenario seed and
 * the cell's id.
 */
public final class GsmCellRenderer implements EmitterRenderer {
    /** BCCH Norm occupies frames 2-5 of the 51-multiframe, BCCH Ext frames 6-9. */
    private static final int BCCH_NORM = 2;
    private static final int BCCH_EXT = 6;
    /** The CCCH blocks left for paging when block 0 (frames 6-9) is reserved for AGCH. */
    private static final int[] PAGING_BLOCKS = {12, 16, 22, 26, 32, 36, 42, 46};
    private static final int SUB_CHANNELS = 8;

    @Override
    public boolean renders(Emitter emitter) {
        return emitter instanceof GsmCell;
    }

    @Override
    public List<Transmission> render(Emitter emitter, RenderContext context) {
        GsmCell cell = (GsmCell) emitter;
        Scenario scenario = context.scenario();
        long seed = scenario.seed();
        Random timing = Seeds.random(seed, "gsm/" + cell.id() + "/timing");
        GsmClock clock = new GsmClock(Math.floorMod(timing.nextLong(), GsmClock.HYPERFRAME));
        int decimation = scenario.render().siDecimation();
        int phase = timing.nextInt(decimation);
        GsmSystemInformation si = new GsmSystemInformation(cell);
        Output out = new Output(cell, context.emitterIndex(), clock);
        Random paging = Seeds.random(seed, "gsm/" + cell.id() + "/paging");
        Random phones = Seeds.random(seed, "gsm/" + cell.id() + "/phones");
        long[] subChannelFreeAt = new long[SUB_CHANNELS];
        List<LocationAreaId> homeAreas = scenario.gsmCells().stream()
                .map(c -> new LocationAreaId(c.mcc(), c.mnc(), c.lac())).distinct().toList();

        for (Schedule.Window window : cell.schedule().within(scenario.duration())) {
            long from = window.from().toNanos();
            long to = window.to().toNanos();
            long aFrom = clock.frameAtOrAfter(from);
            long aTo = clock.frameAtOrAfter(to);
            systemInformation(si, aFrom, aTo, decimation, phase, out);
            double pagesPerNano = cell.si().pagingPerMinute() / 60e9;
            for (long t = from + exponential(paging, pagesPerNano); t < to; t += exponential(paging, pagesPerNano)) {
                long a = nextPagingBlock(clock.frameAtOrAfter(t));
                if (a < aTo) {
                    out.add(a, GsmtapChannel.CCCH, 0, 0, RrEncoder.bcchBlock(page(paging)), -1);
                }
            }
            if (cell.behaviour() == null || cell.behaviour().phonesPerMinute() == 0) {
                continue;
            }
            double phonesPerNano = cell.behaviour().phonesPerMinute() / 60e9;
            for (long t = from + exponential(phones, phonesPerNano); t < to; t += exponential(phones, phonesPerNano)) {
                long aRequest = clock.frameAtOrAfter(t);
                int subChannel = freeSubChannel(subChannelFreeAt, aRequest);
                LocationAreaId home = homeAreas.isEmpty() ? new LocationAreaId(cell.mcc(), cell.mnc(), cell.lac())
                        : homeAreas.get(phones.nextInt(homeAreas.size()));
                if (subChannel < 0) {
                    continue; // all eight SDCCHs busy: the phone's request goes unanswered
                }
                SdcchTransaction.Result transaction = SdcchTransaction.render(cell, si, aRequest, subChannel, home,
                        phones, scenario.start().plusNanos(t).atOffset(ZoneOffset.UTC).withNano(0), cell.id(), t);
                if (transaction.lastFrame() >= aTo) {
                    continue; // it would not finish before the cell goes off: the catcher does not start it
                }
                subChannelFreeAt[subChannel] = transaction.lastFrame() + GsmClock.MULTIFRAME;
                context.truth().add(transaction.truth());
                long firstMessage = out.messages;
                for (SdcchTransaction.Frame frame : transaction.frames()) {
                    out.add(frame.a(), frame.subType(), frame.timeslot(), frame.subSlot(), frame.block(),
                            frame.message() < 0 ? -1 : firstMessage + frame.message());
                    out.messages = Math.max(out.messages, firstMessage + frame.message() + 1);
                }
            }
        }
        out.transmissions.sort(Comparator.comparingLong(Transmission::offsetNanos)
                .thenComparingLong(Transmission::sequence));
        return out.transmissions;
    }

    /** Every TC of each emitted cycle: cycles whose number is {@code phase} modulo {@code decimation}. */
    private static void systemInformation(GsmSystemInformation si, long aFrom, long aTo, int decimation, int phase,
                                          Output out) {
        for (long k = Math.floorDiv(aFrom, GsmClock.BCCH_CYCLE); k * GsmClock.BCCH_CYCLE < aTo; k++) {
            if (Math.floorMod(k, decimation) != phase) {
                continue;
            }
            for (int tc = 0; tc < 8; tc++) {
                long multiframe = k * GsmClock.BCCH_CYCLE + (long) tc * GsmClock.MULTIFRAME;
                byte[] norm = si.bcchNorm(tc);
                if (norm != null && multiframe + BCCH_NORM >= aFrom && multiframe + BCCH_NORM < aTo) {
                    out.add(multiframe + BCCH_NORM, GsmtapChannel.BCCH, 0, 0, norm, -1);
                }
                if (tc == 5 && si.bcchExtTc5() != null && multiframe + BCCH_EXT >= aFrom && multiframe + BCCH_EXT < aTo) {
                    out.add(multiframe + BCCH_EXT, GsmtapChannel.BCCH, 0, 0, si.bcchExtTc5(), -1);
                }
            }
        }
    }

    /** Paging Request Type 1 for one TMSI, or two in one of five pages. */
    private static PagingRequest page(Random random) {
        List<MobileIdentity> ids = new ArrayList<>(2);
        ids.add(MobileIdentity.tmsi(random.nextLong() & 0xfffffffeL));
        if (random.nextInt(5) == 0) {
            ids.add(MobileIdentity.tmsi(random.nextLong() & 0xfffffffeL));
        }
        return new PagingRequest(1, 0, ids);
    }

    private static long nextPagingBlock(long a) {
        long best = Long.MAX_VALUE;
        for (int position : PAGING_BLOCKS) {
            best = Math.min(best, GsmClock.nextAt(a, position));
        }
        return best;
    }

    private static int freeSubChannel(long[] freeAt, long a) {
        for (int i = 0; i < freeAt.length; i++) {
            if (freeAt[i] <= a) {
                return i;
            }
        }
        return -1;
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
        private final GsmCell cell;
        private final int emitterIndex;
        private final GsmClock clock;
        private final List<Transmission> transmissions = new ArrayList<>();
        /** Layer-3 messages numbered so far (segments of one share a number). */
        private long messages;

        Output(GsmCell cell, int emitterIndex, GsmClock clock) {
            this.cell = cell;
            this.emitterIndex = emitterIndex;
            this.clock = clock;
        }

        void add(long a, int subType, int timeslot, int subSlot, byte[] block, long message) {
            transmissions.add(new Transmission(clock.nanos(a), cell, emitterIndex, transmissions.size(), message,
                    GsmtapEncoder.um(cell.arfcn(), false, timeslot, subType, subSlot, GsmClock.fn(a), 0, 0), block));
        }
    }
}
