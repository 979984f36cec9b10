package org.roguewatch.agent;

import java.nio.file.Path;

/** A source as the config file describes it. */
public sealed interface SourceSpec permits SourceSpec.Replay, SourceSpec.Live, SourceSpec.Udp,
        SourceSpec.Simulated {
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
}
