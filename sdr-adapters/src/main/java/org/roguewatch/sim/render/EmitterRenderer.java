package org.roguewatch.sim.render;

import java.util.List;
import org.roguewatch.sim.scenario.Emitter;

/**
 * Draws what one kind of emitter sends over the scenario: one implementation per radio. GSM cells
 * have {@link GsmCellRenderer}; LTE cells get theirs when the LTE RRC/NAS encoders exist (MIB,
 * SIB1/2/3..., paging, RRCConnectionRelease with redirection, NAS identity requests), as GSMTAP
 * LTE_RRC/LTE_NAS frames; the receiving side ({@link ProbeReceiver}) is radio-neutral, keyed by
 * {@code Emitter.channelKey()}. FM stations are not framed: they appear in the spectrum sweeps.
 */
public interface EmitterRenderer {
    /** Whether this renderer draws {@code emitter}. */
    boolean renders(Emitter emitter);

    /** Every frame {@code emitter} sends while on, within the scenario's duration, in time order. */
    List<Transmission> render(Emitter emitter, RenderContext context);
}
