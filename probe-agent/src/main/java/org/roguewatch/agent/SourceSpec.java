package org.roguewatch.agent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.roguewatch.spectrum.sweep.SweepTool;

/** A source as the config file describes it. */
public sealed interface SourceSpec permits SourceSpec.Replay, SourceSpec.Live, SourceSpec.Udp,
        SourceSpec.Simulated, SourceSpec.SweepFile, SourceSpec.SweepProcess {
    /** The source's name in logs, health and frame references ("source.NAME.*" in the config). */
    String name();

    /**
     * A pcap or pcapng file replayed once.
     *
     * @param asRecorded keep the recorded gaps between packets (false: as fast as possible)
     */
    record Replay(String name, Path file, boolean asRecorded) implements SourceSpec {
    }

    /**
     * A live interface through libpcap (Pcap4J) with a BPF filter.
     *
     * @param gsmtapPort the UDP port whose datagrams are read as GSMTAP (4729 unless the producer uses another)
     */
    record Live(String name, String interfaceName, String filter, int gsmtapPort) implements SourceSpec {
    }

    /** GSMTAP datagrams arriving on a UDP port. */
    record Udp(String name, String host, int port) implements SourceSpec {
    }

    /**
     * The simulated air: a scenario rendered as the named scenario probe would hear it, then
     * replayed (for demos and tests of a fleet without radios).
     *
     * @param scenarioProbe the probe of the scenario whose air this probe hears
     */
    record Simulated(String name, Path scenario, String scenarioProbe, boolean asRecorded) implements SourceSpec {
    }

    /**
     * A spectrum file replayed once: an rtl_power or hackrf_sweep CSV (plain or gzip), or a SigMF
     * recording (either of its two files).
     */
    record SweepFile(String name, Path file) implements SourceSpec {
    }

    /**
     * rtl_power or hackrf_sweep run live, restarted after a capped exponential backoff whenever it
     * ends (no radio plugged in, radio unplugged).
     *
     * @param tool    how its stdout is read
     * @param command the executable and its arguments (the tool itself, or a wrapper printing its CSV)
     */
    record SweepProcess(String name, SweepTool tool, List<String> command, Duration initialBackoff,
            Duration maxBackoff) implements SourceSpec {
        public SweepProcess {
            command = List.copyOf(command);
        }
    }
}
