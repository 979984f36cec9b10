package org.roguewatch.sim.render;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.lte.rrc.GeranCarrierGroup;
import org.roguewatch.lte.rrc.InterFreqCarrier;
import org.roguewatch.lte.rrc.LteBroadcastEncoder;
import org.roguewatch.lte.rrc.MasterInformationBlock;
import org.roguewatch.lte.rrc.PlmnIdentity;
import org.roguewatch.lte.rrc.SchedulingInfo;
import org.roguewatch.lte.rrc.Sib2;
import org.roguewatch.lte.rrc.Sib3;
import org.roguewatch.lte.rrc.Sib5;
import org.roguewatch.lte.rrc.Sib6;
import org.roguewatch.lte.rrc.Sib7;
import org.roguewatch.lte.rrc.SystemInformationBlock;
import org.roguewatch.lte.rrc.SystemInformationBlockType1;
import org.roguewatch.lte.rrc.UeTimersAndConstants;
import org.roguewatch.lte.rrc.UtraCarrier;
import org.roguewatch.sim.scenario.LteBands;
import org.roguewatch.sim.scenario.LteCell;
import org.roguewatch.sim.scenario.LteParameters;

/**
 * One LTE cell's broadcast, encoded once (TS 36.331 5.2): the MIB, SIB1 and its SystemInformation
 * messages with their schedule —
 * <ul>
 * <li>SI-1: SIB2 and SIB3, every 16 radio frames (SIB2 always rides in the first SI message,
 * 5.2.1.2);</li>
 * <li>SI-2: SIB5, the other LTE carriers, every 32 frames (when the network has any);</li>
 * <li>SI-3: SIB6, the UTRA carriers, and SI-4: SIB7, the GERAN carriers, every 64 frames (when
 * there are any).</li>
 * </ul>
 * The SI windows are 20 ms: SI message n starts at radio frame 2 (n - 1) of its period, subframe 0
 * (5.2.3: x = (n - 1) w). SIB1 goes in subframe 5 of every frame with SFN mod 8 = 0 (its 80 ms
 * period; the repetitions within it carry the same block and are not written twice). Fixed parts
 * of every cell's broadcast: 10 MHz (50 resource blocks), PHICH normal/one; T300 1 s, T301 1 s,
 * T310 1 s, N310 1, T311 10 s, N311 1; default paging cycle 128 frames with nB = T; q-RxLevMin
 * -128 dBm; q-Hyst 4 dB; threshServingLow 4 dB, s-NonIntraSearch 20 dB; SIB5/6/7 thresholds
 * 20/12, 20/8 and 20/4 dB.
 */
final class LteSystemInformation {
    /** 50 resource blocks: a 10 MHz carrier, 9 MHz occupied. */
    static final int BANDWIDTH_RB = 50;
    static final int SI_WINDOW_MS = 20;
    static final int SIB1_PERIOD_FRAMES = 8;
    static final int SIB1_SUBFRAME = 5;
    /** Frames of one full broadcast cycle: the longest SI period (SI-3, SI-4), a divisor of the SFN period. */
    static final int CYCLE_FRAMES = 64;
    /** IE value of q-RxLevMin: -64 x 2 = -128 dBm. */
    private static final int Q_RX_LEV_MIN = -64;
    private static final int DEFAULT_PAGING_CYCLE_FRAMES = 128;
    private static final String NB = "oneT";
    /** A GERAN group of SIB7 lists at most 32 ARFCNs (startingARFCN and 31 following). */
    private static final int GERAN_GROUP = 32;

    /** One SystemInformation message: its period and window start in radio frames, and its bytes. */
    record SiMessage(int periodFrames, int windowStartFrame, List<Integer> sibTypes, byte[] bytes) {
    }

    private final byte[] sib1;
    private final List<SiMessage> messages;

    LteSystemInformation(LteCell cell, int valueTag) {
        List<List<SystemInformationBlock>> groups = new ArrayList<>();
        List<Integer> periods = new ArrayList<>();
        LteParameters p = cell.parameters();
        groups.add(List.of(sib2(cell), sib3(p)));
        periods.add(16);
        if (!cell.eutraNeighbours().isEmpty()) {
            groups.add(List.of(sib5(cell, p)));
            periods.add(32);
        }
        if (!p.utraNeighbours().isEmpty()) {
            groups.add(List.of(sib6(p)));
            periods.add(64);
        }
        if (!cell.geranNeighbours().isEmpty()) {
            groups.add(List.of(sib7(cell, p)));
            periods.add(64);
        }
        List<SchedulingInfo> schedule = new ArrayList<>();
        List<SiMessage> out = new ArrayList<>();
        for (int n = 0; n < groups.size(); n++) {
            List<Integer> types = groups.get(n).stream().map(SystemInformationBlock::type).toList();
            // sib-MappingInfo of the first message leaves SIB2 out: it is there implicitly.
            schedule.add(new SchedulingInfo(periods.get(n), types.stream().filter(t -> t != 2).toList()));
            out.add(new SiMessage(periods.get(n), n * SI_WINDOW_MS / 10, types,
                    LteBroadcastEncoder.systemInformation(groups.get(n))));
        }
        messages = List.copyOf(out);
        sib1 = LteBroadcastEncoder.sib1(new SystemInformationBlockType1(
                List.of(new PlmnIdentity(cell.mcc(), cell.mnc(), false)), cell.tac(), cell.eci(), false, true, false,
                null, Q_RX_LEV_MIN, null, null, LteBands.band(cell.earfcn()), schedule, SI_WINDOW_MS, valueTag));
    }

    /** The MIB sent in radio frame {@code frame}: its SFN's eight leading bits (TS 36.331 6.2.2). */
    static byte[] mib(long frame) {
        return LteBroadcastEncoder.mib(new MasterInformationBlock(BANDWIDTH_RB, "normal", "one",
                LteClock.sfn(frame) >>> 2));
    }

    byte[] sib1() {
        return sib1.clone();
    }

    List<SiMessage> messages() {
        return messages;
    }

    private static Sib2 sib2(LteCell cell) {
        return new Sib2(null, new UeTimersAndConstants(1000, 1000, 1000, 1, 10000, 1),
                LteBands.uplinkEarfcn(cell.earfcn()), null, 1, Sib2.TIMER_INFINITY, DEFAULT_PAGING_CYCLE_FRAMES, NB);
    }

    private static Sib3 sib3(LteParameters p) {
        return new Sib3(4, p.ltePriority(), 10, 2, Q_RX_LEV_MIN, null, 1, null, null, true, 1);
    }

    private static Sib5 sib5(LteCell cell, LteParameters p) {
        List<InterFreqCarrier> carriers = new ArrayList<>();
        for (int earfcn : cell.eutraNeighbours()) {
            carriers.add(new InterFreqCarrier(earfcn, Q_RX_LEV_MIN, null, 1, 10, 6, BANDWIDTH_RB, true, p.ltePriority(),
                    1, 0));
        }
        return new Sib5(carriers);
    }

    private static Sib6 sib6(LteParameters p) {
        List<UtraCarrier> carriers = new ArrayList<>();
        for (int uarfcn : p.utraNeighbours()) {
            carriers.add(new UtraCarrier(uarfcn, p.utraPriority(), 10, 4, -58, 24, -18));
        }
        return new Sib6(carriers, List.of(), 2);
    }

    private static Sib7 sib7(LteCell cell, LteParameters p) {
        List<GeranCarrierGroup> groups = new ArrayList<>();
        List<Integer> arfcns = cell.geranNeighbours();
        for (int i = 0; i < arfcns.size(); i += GERAN_GROUP) {
            List<Integer> group = arfcns.subList(i, Math.min(arfcns.size(), i + GERAN_GROUP));
            // dcs1800: ARFCNs 512..810 are DCS 1800 (the European band), not PCS 1900.
            groups.add(new GeranCarrierGroup(group.get(0), "dcs1800", group, p.geranPriority(), 0xff, 5, null, 10, 2));
        }
        return new Sib7(2, groups);
    }
}
