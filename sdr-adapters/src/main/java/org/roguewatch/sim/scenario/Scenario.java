package org.roguewatch.sim.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A loaded, validated scenario. {@code gsmCells} and {@code lteCells} are the legitimate network;
 * {@code rogues} the fake cells; {@code fmStations} the broadcast transmitters, licensed or not.
 */
public record Scenario(String source, String name, long seed, Instant start, Duration duration, Area area,
                       Propagation propagation, RenderSettings render, SpectrumSettings spectrum,
                       List<GsmCell> gsmCells, List<LteCell> lteCells, List<Emitter> rogues,
                       List<FmStation> fmStations, List<Probe> probes) {
    public Scenario {
        gsmCells = List.copyOf(gsmCells);
        lteCells = List.copyOf(lteCells);
        rogues = List.copyOf(rogues);
        fmStations = List.copyOf(fmStations);
        probes = List.copyOf(probes);
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(source, name, newSeed, start, duration, area, propagation, render, spectrum, gsmCells,
                lteCells, rogues, fmStations, probes);
    }

    /** Every emitter in a fixed order: legitimate GSM, legitimate LTE, rogues, FM stations. */
    public List<Emitter> emitters() {
        List<Emitter> all = new ArrayList<>(gsmCells.size() + lteCells.size() + rogues.size() + fmStations.size());
        all.addAll(gsmCells);
        all.addAll(lteCells);
        all.addAll(rogues);
        all.addAll(fmStations);
        return all;
    }

    public Instant end() {
        return start.plus(duration);
    }
}
