package org.roguewatch.sim.render;

import java.util.List;
import org.roguewatch.sim.scenario.Scenario;

/**
 * What a renderer needs besides its emitter: the scenario, the emitter's index (for ordering) and
 * where to record ground-truth events.
 */
public record RenderContext(Scenario scenario, int emitterIndex, List<TruthEvent> truth) {
}
