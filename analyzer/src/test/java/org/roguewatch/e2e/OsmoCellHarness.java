package org.roguewatch.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A GSM cell run by the real Osmocom stack in a private network namespace: osmo-bsc, then
 * osmo-bts-virtual once the BSC's OML port listens. Everything it starts is stopped by PID and the
 * namespace deleted on {@link #close()} — called by try-with-resources when a test ends, passes or
 * fails, and by a JVM shutdown hook if the run is interrupted before that.
 */
final class OsmoCellHarness implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OsmoCellHarness.class);
    /** osmo-bsc's Abis OML port (IPA); the BTS dials it and gives up if nobody answers. */
    static final int OML_PORT = 3002;
    private static final Duration BSC_START_TIMEOUT = Duration.ofSeconds(15);
    /** A configuration error makes osmo-bsc or osmo-bts exit at once; this long alive means it took the file. */
    private static final Duration SETTLE = Duration.ofMillis(500);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final String NAME_PREFIX = "rw-e2e-";
    /** rw-e2e-PID-N: the PID of the JVM that made it, so a leftover can be told from a namespace in use. */
    private static final Pattern OWN_NAME = Pattern.compile(Pattern.quote(NAME_PREFIX) + "(\\d+)-\\d+");

    private final NetworkNamespace namespace;
    private final TrackedProcesses processes = new TrackedProcesses();
    private final Path osmoBsc;
    private final Path osmoBtsVirtual;
    private final Path workDir;
    private final Thread shutdownHook;
    private boolean closed;

    private OsmoCellHarness(NetworkNamespace namespace, Path osmoBsc, Path osmoBtsVirtual, Path workDir) {
        this.namespace = namespace;
        this.osmoBsc = osmoBsc;
        this.osmoBtsVirtual = osmoBtsVirtual;
        this.workDir = workDir;
        this.shutdownHook = new Thread(this::cleanUp, "osmo-harness-cleanup-" + namespace.name());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Checks the prerequisites (skipping, or failing in CI, when one is missing) and creates the
     * namespace {@code rw-e2e-<pid>-<n>}.
     */
    static OsmoCellHarness open(Path workDir) {
        List<Path> programs = E2ePrerequisites.require();
        removeLeftovers(programs.get(0));
        String name = NAME_PREFIX + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        NetworkNamespace namespace = null;
        try {
            namespace = NetworkNamespace.create(programs.get(0), name);
        } catch (IOException e) {
            E2ePrerequisites.unavailable("cannot create network namespace " + name + ": " + e.getMessage());
        }
        return new OsmoCellHarness(namespace, programs.get(1), programs.get(2), workDir);
    }

    /**
     * Removes the namespaces (and the processes in them) of earlier runs whose JVM is gone: SIGKILL
     * gives no shutdown hook a chance, and the osmo processes would otherwise live on holding them.
     */
    static void removeLeftovers(Path ip) {
        try {
            for (String name : NetworkNamespace.list(ip)) {
                Matcher own = OWN_NAME.matcher(name);
                if (own.matches() && ProcessHandle.of(Long.parseLong(own.group(1))).isEmpty()) {
                    LOG.warn("removing namespace {} left by a run that was killed", name);
                    NetworkNamespace.existing(ip, name).close();
                }
            }
        } catch (IOException | NumberFormatException e) {
            LOG.warn("could not look for leftover namespaces: {}", e.getMessage());
        }
    }

    NetworkNamespace namespace() {
        return namespace;
    }

    TrackedProcesses processes() {
        return processes;
    }

    /** Writes the cell's configuration and starts osmo-bsc, then osmo-bts-virtual. */
    void startCell(OsmoCellConfig cell) throws IOException, InterruptedException {
        cell.writeTo(workDir);
        TrackedProcesses.Started bsc = processes.start("osmo-bsc", namespace.exec(List.of(osmoBsc.toString(), "-c",
                workDir.resolve(OsmoCellConfig.BSC_FILE).toString())), workDir.resolve("osmo-bsc.log"));
        if (!namespace.awaitTcpListener(OML_PORT, BSC_START_TIMEOUT)) {
            throw new IOException("osmo-bsc (PID " + bsc.pid() + ") did not listen on OML port " + OML_PORT
                    + " within " + BSC_START_TIMEOUT + (bsc.process().isAlive() ? "" : "; it exited "
                    + bsc.process().exitValue()) + "; its log:\n" + bsc.logTail(30));
        }
        TrackedProcesses.Started bts = processes.start("osmo-bts-virtual", namespace.exec(List.of(
                osmoBtsVirtual.toString(), "-c", workDir.resolve(OsmoCellConfig.BTS_FILE).toString())),
                workDir.resolve("osmo-bts-virtual.log"));
        Thread.sleep(SETTLE.toMillis());
        for (TrackedProcesses.Started started : List.of(bsc, bts)) {
            if (!started.process().isAlive()) {
                throw new IOException(started.role() + " (PID " + started.pid() + ") exited "
                        + started.process().exitValue() + " right after start; its log:\n" + started.logTail(30));
            }
        }
    }

    /** The log of a process this harness started, for diagnostics (osmo-bsc.log, osmo-bts-virtual.log). */
    Path log(String fileName) {
        return workDir.resolve(fileName);
    }

    @Override
    public void close() {
        cleanUp();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            LOG.debug("JVM already shutting down; the hook has run or will run cleanUp (idempotent)");
        }
    }

    private synchronized void cleanUp() {
        if (closed) {
            return;
        }
        closed = true;
        processes.close();
        namespace.close();
    }
}
