package org.roguewatch.sim.render;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.roguewatch.capture.PcapWriter;
import org.roguewatch.gsmtap.GsmtapEncoder;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.sim.propagation.LinkBudget;
import org.roguewatch.sim.propagation.Seeds;
import org.roguewatch.sim.scenario.Emitter;
import org.roguewatch.sim.scenario.LteCell;
import org.roguewatch.sim.scenario.Probe;
import org.roguewatch.sim.scenario.Propagation;
import org.roguewatch.sim.scenario.Scenario;

/**
 * What one probe's receiver makes of the transmissions, written as GSMTAP in a pcap.
 *
 * <p>GSM: on each channel it decodes only the strongest emitter on the air at that instant, and
 * only when that emitter's level (mean level plus a fading draw) reaches the sensitivity and, if
 * others share the channel, stands {@code capture_ratio_db} above their summed power. The segments
 * of one layer-3 message share one decision and one fading draw, taken at the first segment: the
 * simulator loses whole messages, never a segment in the middle of one (which tshark's LAPDm
 * reassembly would stitch into a malformed message). Signal = the level in dBm, SNR = level over
 * noise plus co-channel interference.
 *
 * <p>LTE: per EARFCN the probe camps on the strongest cell and decodes it when its SINR clears the
 * PBCH or PDSCH operating point ({@link LteReception}); signal = the cell's received power over its
 * carrier in dBm (as for GSM: what a plan's EIRP predicts), SNR = that SINR. Fading draws for LTE
 * come from their own stream, so adding LTE cells to a scenario changes nothing a probe hears of GSM.
 */
public final class ProbeReceiver {
    /** The UDP ports of the written datagrams: an ephemeral source, GSMTAP's port as destination. */
    public static final int SOURCE_PORT = 34567;

    /** What a probe heard: frames written, and per emitter id how many. */
    public record Reception(long frames, long tooWeak, long masked, Map<String, Long> framesByEmitter) {
    }

    private final Scenario scenario;
    private final LinkBudget budget;
    private final Map<String, List<Emitter>> byChannel = new LinkedHashMap<>();

    private final List<Emitter> framedEmitters;

    public ProbeReceiver(Scenario scenario, LinkBudget budget, List<Emitter> framedEmitters) {
        this.scenario = scenario;
        this.budget = budget;
        this.framedEmitters = List.copyOf(framedEmitters);
        for (Emitter emitter : framedEmitters) {
            byChannel.computeIfAbsent(emitter.channelKey(), k -> new ArrayList<>()).add(emitter);
        }
    }

    public Reception receive(Probe probe, List<Transmission> transmissions, PcapWriter pcap) throws IOException {
        Propagation p = scenario.propagation();
        double noiseMw = StrictMath.pow(10, p.noiseFloorDbm() / 10);
        Random fading = Seeds.random(scenario.seed(), "fading/" + probe.id());
        Random lteFading = Seeds.random(scenario.seed(), "fading-lte/" + probe.id());
        LteReception lte = new LteReception(p, budget, probe, framedEmitters);
        Map<String, Long> byEmitter = new LinkedHashMap<>();
        Map<Long, Decision> messages = new HashMap<>();
        Map<Long, Double> lteMessages = new HashMap<>();
        long frames = 0;
        long weak = 0;
        long masked = 0;
        for (Transmission t : transmissions) {
            long at = t.offsetNanos();
            Emitter emitter = t.emitter();
            if (emitter instanceof LteCell) {
                long key = ((long) t.emitterIndex() << 40) ^ t.message();
                Double fadingDb = t.message() < 0 ? null : lteMessages.get(key);
                if (fadingDb == null) {
                    fadingDb = p.fadingSigmaDb() == 0 ? 0 : p.fadingSigmaDb() * lteFading.nextGaussian();
                    if (t.message() >= 0) {
                        lteMessages.put(key, fadingDb);
                    }
                }
                LteReception.Heard heard = lte.receive(t, fadingDb);
                switch (heard.outcome()) {
                    case TOO_WEAK -> weak++;
                    case MASKED -> masked++;
                    case HEARD -> {
                        write(pcap, t, heard.levelDbm(), heard.sinrDb());
                        frames++;
                        byEmitter.merge(emitter.id(), 1L, Long::sum);
                    }
                }
                continue;
            }
            double level = budget.receivedDbm(emitter, probe, at);
            double interferenceMw = 0;
            boolean strongest = true;
            for (Emitter other : byChannel.getOrDefault(emitter.channelKey(), List.of())) {
                if (other == emitter || !other.schedule().isOn(at)) {
                    continue;
                }
                double otherLevel = budget.receivedDbm(other, probe, at);
                strongest &= otherLevel <= level;
                interferenceMw += StrictMath.pow(10, otherLevel / 10);
            }
            long key = ((long) t.emitterIndex() << 40) ^ t.message();
            Decision decision = t.message() < 0 ? null : messages.get(key);
            if (decision == null) {
                decision = decide(p, level, strongest, interferenceMw, fading);
                if (t.message() >= 0) {
                    messages.put(key, decision);
                }
            }
            if (decision.outcome() == Outcome.TOO_WEAK) {
                weak++;
                continue;
            }
            if (decision.outcome() == Outcome.MASKED) {
                masked++;
                continue;
            }
            double received = level + decision.fadingDb();
            double snr = received - 10 * StrictMath.log10(noiseMw + interferenceMw);
            write(pcap, t, received, snr);
            frames++;
            byEmitter.merge(emitter.id(), 1L, Long::sum);
        }
        return new Reception(frames, weak, masked, byEmitter);
    }

    /** Writes {@code t} as the probe measured it. */
    private void write(PcapWriter pcap, Transmission t, double levelDbm, double snrDb) throws IOException {
        GsmtapHeader h = t.header();
        GsmtapHeader heard = new GsmtapHeader(h.version(), h.headerLength(), h.type(), h.timeslot(), h.arfcn(),
                h.uplink(), h.pcs(), signedByte(levelDbm), signedByte(snrDb), h.frameNumber(), h.subType(),
                h.antenna(), h.subSlot());
        pcap.writeUdp(instant(t.offsetNanos()), GsmtapEncoder.encode(heard, t.payload()), SOURCE_PORT,
                GsmtapHeader.DEFAULT_UDP_PORT);
    }

    private enum Outcome { HEARD, TOO_WEAK, MASKED }

    /** Whether a frame (or a whole segmented message, judged at its first segment) is received, and its fading. */
    private record Decision(Outcome outcome, double fadingDb) {
    }

    private static Decision decide(Propagation p, double level, boolean strongest, double interferenceMw, Random random) {
        if (!strongest) {
            return new Decision(Outcome.MASKED, 0);
        }
        double fadingDb = p.fadingSigmaDb() == 0 ? 0 : p.fadingSigmaDb() * random.nextGaussian();
        double received = level + fadingDb;
        if (received < p.sensitivityDbm()) {
            return new Decision(Outcome.TOO_WEAK, fadingDb);
        }
        if (interferenceMw > 0 && received - 10 * StrictMath.log10(interferenceMw) < p.captureRatioDb()) {
            return new Decision(Outcome.MASKED, fadingDb);
        }
        return new Decision(Outcome.HEARD, fadingDb);
    }

    private Instant instant(long offsetNanos) {
        return scenario.start().plusNanos(offsetNanos);
    }

    /** GSMTAP signal and SNR are signed octets. */
    static int signedByte(double value) {
        return (int) Math.max(-128, Math.min(127, Math.round(value)));
    }
}
