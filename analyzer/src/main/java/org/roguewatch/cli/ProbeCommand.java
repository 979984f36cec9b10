package org.roguewatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.roguewatch.agent.ConfigException;
import org.roguewatch.agent.ProbeAgent;
import org.roguewatch.agent.ProbeConfig;

/** {@code roguewatch probe --config F}: the probe-agent daemon. */
final class ProbeCommand implements Command {
    @Override
    public String name() {
        return "probe";
    }

    @Override
    public String summary() {
        return "run a probe: sources -> cell observations -> durable spool -> analyzer over mutual TLS";
    }

    @Override
    public String help() {
        return """
                Usage: roguewatch probe --config probe.properties

                Reads its sources (pcap/pcapng replay as recorded or fast, a live interface through
                libpcap with a BPF filter, a GSMTAP UDP listener), folds what they hear into cell
                observations, spools the cells that changed every snapshot.interval (and when a
                replay ends) to a durable spool on disk, and ships the spool to the analyzer over
                TLS 1.3 with its probe certificate, resending after reconnects; raw frames go to a
                rotating evidence pcap. Heartbeats carry health and position (fixed, NMEA 0183
                from a file or serial device, or gpsd).
                Runs until stopped (SIGTERM / Ctrl-C), or with agent.exit_when_done = true until
                every source ended and the analyzer acknowledged everything.
                Every field of the config file is documented in config/probe.properties.

                Exit status: 0 stopped, 1 config or startup error (FILE:LINE: field 'x': ...), 2 bad command line.
                """;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        Path config = Arguments.requiredConfig(args);
        ProbeAgent agent;
        try {
            agent = ProbeAgent.start(ProbeConfig.load(config));
        } catch (ConfigException | IOException e) {
            err.println("roguewatch probe: " + e.getMessage());
            return 1;
        }
        Thread hook = new Thread(() -> closeQuietly(agent, err), "probe shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            agent.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(agent, err);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs (closing twice is harmless).
        }
        out.println("roguewatch probe: stopped; " + agent.observationsShipped() + " observation(s) shipped");
        return 0;
    }

    private static void closeQuietly(ProbeAgent agent, PrintStream err) {
        try {
            agent.close();
        } catch (IOException e) {
            err.println("roguewatch probe: stopping: " + e.getMessage());
        }
    }
}
