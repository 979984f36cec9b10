package org.roguewatch.sim.propagation;

import java.util.HashMap;
import java.util.Map;
import org.roguewatch.sim.scenario.Emitter;
import org.roguewatch.sim.scenario.LocalFrame;
import org.roguewatch.sim.scenario.Probe;
import org.roguewatch.sim.scenario.Scenario;
import org.roguewatch.sim.scenario.Xy;

/**
 * The mean received level of every emitter at every probe, at any instant of the scenario. Links
 * between a fixed emitter and a fixed probe never change and are computed once.
 */
public final class LinkBudget {
    private final PathLoss pathLoss;
    private final Shadowing shadowing;
    private final LocalFrame frame;
    private final Map<String, LocalTrack> emitterTracks = new HashMap<>();
    private final Map<String, LocalTrack> probeTracks = new HashMap<>();
    private final Map<String, Link> fixedLinks = new HashMap<>();

    public LinkBudget(Scenario scenario) {
        this.pathLoss = new PathLoss(scenario.propagation());
        this.shadowing = new Shadowing(scenario);
        this.frame = scenario.area().frame();
        for (Emitter emitter : scenario.emitters()) {
            emitterTracks.put(emitter.id(), new LocalTrack(emitter.track(), frame));
        }
        for (Probe probe : scenario.probes()) {
            probeTracks.put(probe.id(), new LocalTrack(probe.track(), frame));
        }
    }

    public Xy emitterAt(Emitter emitter, long offsetNanos) {
        return emitterTracks.get(emitter.id()).at(offsetNanos);
    }

    public Xy probeAt(Probe probe, long offsetNanos) {
        return probeTracks.get(probe.id()).at(offsetNanos);
    }

    public Link link(Emitter emitter, Probe probe, long offsetNanos) {
        LocalTrack emitterTrack = emitterTracks.get(emitter.id());
        LocalTrack probeTrack = probeTracks.get(probe.id());
        if (!emitterTrack.mobile() && !probeTrack.mobile()) {
            return fixedLinks.computeIfAbsent(emitter.id() + "\u0000" + probe.id(),
                    k -> compute(emitter, emitterTrack, probe, probeTrack, 0));
        }
        return compute(emitter, emitterTrack, probe, probeTrack, offsetNanos);
    }

    private Link compute(Emitter emitter, LocalTrack emitterTrack, Probe probe, LocalTrack probeTrack,
                         long offsetNanos) {
        Xy tx = emitterTrack.at(offsetNanos);
        Xy rx = probeTrack.at(offsetNanos);
        double horizontal = tx.distanceTo(rx);
        double distance = StrictMath.hypot(horizontal, emitter.heightM() - probe.heightM());
        double gain = AntennaPattern.gainDb(emitter.antenna(), tx.bearingTo(rx));
        double loss = pathLoss.lossDb(distance, emitter.frequencyHz());
        double shadow = shadowing.db(emitter, emitterTrack.mobile(), tx, probe, probeTrack.mobile(), rx);
        return new Link(distance, gain, loss, shadow, emitter.eirpDbm() + gain - loss - shadow);
    }

    public double receivedDbm(Emitter emitter, Probe probe, long offsetNanos) {
        return link(emitter, probe, offsetNanos).receivedDbm();
    }
}
