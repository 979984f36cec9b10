/**
 * Rendering of the simulated air: what each emitter sends (one renderer per radio, encoded with the
 * project's own encoders) and what each probe receives of it (GSMTAP frames, rtl_power sweeps).
 */
package org.roguewatch.sim.render;
