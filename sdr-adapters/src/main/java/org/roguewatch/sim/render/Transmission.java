package org.roguewatch.sim.render;

import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.sim.scenario.Emitter;

/**
 * One frame an emitter sends, before anyone receives it: when, on which channel, and its bytes.
 * The GSMTAP header's signal level and SNR are 0 here; each probe fills in what it measured.
 *
 * @param offsetNanos  time since the scenario's start
 * @param emitterIndex the emitter's position in {@code Scenario.emitters()} (orders simultaneous frames)
 * @param sequence     the emitter's running count of frames (orders its own simultaneous frames)
 * @param message      frames with the same non-negative value carry the segments of one layer-3
 *                     message (LAPDm): a receiver gets all of them or none; -1 for a frame on its own
 */
public record Transmission(long offsetNanos, Emitter emitter, int emitterIndex, long sequence, long message,
                           GsmtapHeader header, byte[] payload) {
}
