package org.roguewatch.sim.render;

import java.util.List;
import org.roguewatch.sim.scenario.Emitter;

/**
 * Draws what one kind of emitter sends over the scenario: one implementation per radio —
 * {@link GsmCellRenderer} (Um frames) and {@link LteCellRenderer} (LTE_RRC and LTE_NAS frames). The
 * receiving side ({@link ProbeReceiver}) applies each radio's reception rule. FM stations are not
 * framed: they appear in the spectrum sweeps.
 */
public interface EmitterRenderer {
    /** Whether this renderer draws {@code emitter}. */
    boolean renders(Emitter emitter);

    /** Every frame {@code emitter} sends while on, within the scenario's duration, in time order. */
    List<Transmission> render(Emitter emitter, RenderContext context);
}
