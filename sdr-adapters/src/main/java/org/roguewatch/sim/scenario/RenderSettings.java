package org.roguewatch.sim.scenario;

import java.time.Duration;

/**
 * How densely the simulation writes what it renders.
 *
 * @param siDecimation    send one full BCCH cycle (8 x 51 TDMA frames, about 1.88 s) out of this many
 * @param truthInterval   how often the ground truth records a moving emitter's position
 * @param lteSiDecimation send one full LTE system information cycle (64 radio frames, 640 ms: the
 *                        longest SI period a simulated cell uses) out of this many
 */
public record RenderSettings(int siDecimation, Duration truthInterval, int lteSiDecimation) {
    /** 47 cycles of 640 ms, 30.08 s: about the 30 s the GSM default (16 x 1.88 s) gives. */
    public static final int LTE_SI_DECIMATION = 47;

    public RenderSettings(int siDecimation, Duration truthInterval) {
        this(siDecimation, truthInterval, LTE_SI_DECIMATION);
    }
}
