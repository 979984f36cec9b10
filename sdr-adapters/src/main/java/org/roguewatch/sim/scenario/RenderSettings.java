package org.roguewatch.sim.scenario;

import java.time.Duration;

/**
 * How densely the simulation writes what it renders.
 *
 * @param siDecimation  send one full BCCH cycle (8 x 51 TDMA frames, about 1.88 s) out of this many
 * @param truthInterval how often the ground truth records a moving emitter's position
 */
public record RenderSettings(int siDecimation, Duration truthInterval) {
}
