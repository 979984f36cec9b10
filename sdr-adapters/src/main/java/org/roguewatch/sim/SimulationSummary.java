package org.roguewatch.sim;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.roguewatch.sim.render.TruthEvent;

/**
 * What a simulation wrote.
 *
 * @param transmissions   frames sent by all rendered emitters
 * @param probes          per probe: its files and what it heard
 * @param notRendered     ids of emitters accepted but not rendered (none: every radio has a renderer)
 * @param transactions    what the rogue cells did to phones, in time order (as in the ground truth)
 * @param files           every file written, in order
 * @param elapsedSeconds  wall-clock time of the run
 */
public record SimulationSummary(Path directory, long transmissions, List<ProbeOutput> probes, List<String> notRendered,
                                List<TruthEvent> transactions, List<Path> files, double elapsedSeconds) {
    public SimulationSummary {
        probes = List.copyOf(probes);
        notRendered = List.copyOf(notRendered);
        transactions = List.copyOf(transactions);
        files = List.copyOf(files);
    }

    /**
     * @param frames          GSMTAP frames in its pcap
     * @param framesByEmitter per emitter id, frames it heard
     * @param sweepLines      lines in its rtl_power CSV
     */
    public record ProbeOutput(String probe, Path pcap, Path sweep, long frames, Map<String, Long> framesByEmitter,
                              long sweepLines) {
        public ProbeOutput {
            framesByEmitter = Map.copyOf(framesByEmitter);
        }
    }
}
