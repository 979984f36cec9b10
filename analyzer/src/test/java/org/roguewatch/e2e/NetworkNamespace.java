package org.roguewatch.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Linux network namespace holding nothing but a loopback interface, made with iproute2. Multicast
 * (224.0.0.0/4, which osmo-bts-virtual's Um uses) is routed to {@code lo} inside it, so none of the
 * test's radio traffic can leave the namespace, and its fixed ports (IPA 3002/3003, VTY, GSMTAP 4729)
 * clash with nothing on the host or in a parallel run.
 */
final class NetworkNamespace implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NetworkNamespace.class);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);
    private static final int TCP_LISTEN_STATE = 0x0A;
    /** The kernel shows a bound, unconnected UDP socket in state TCP_CLOSE. */
    private static final int UDP_UNCONNECTED_STATE = 0x07;

    private final Path ip;
    private final String name;
    private boolean deleted;

    private NetworkNamespace(Path ip, String name) {
        this.ip = ip;
        this.name = name;
    }

    /** Adds the namespace, brings its loopback up and routes multicast to it. */
    static NetworkNamespace create(Path ip, String name) throws IOException {
        NetworkNamespace namespace = new NetworkNamespace(ip, name);
        namespace.ip("netns", "add", name);
        try {
            namespace.ip("-n", name, "link", "set", "lo", "up");
            namespace.ip("-n", name, "route", "add", "224.0.0.0/4", "dev", "lo");
        } catch (IOException e) {
            namespace.close();
            throw e;
        }
        LOG.info("network namespace {} created (loopback only, multicast routed to lo)", name);
        return namespace;
    }

    String name() {
        return name;
    }

    /** {@code command} prefixed so that it runs inside the namespace; {@code ip netns exec} execs it in place, keeping the PID. */
    List<String> exec(List<String> command) {
        List<String> full = new ArrayList<>(List.of(ip.toString(), "netns", "exec", name));
        full.addAll(command);
        return full;
    }

    /** The names of the namespaces iproute2 lists. */
    static List<String> list(Path ip) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : run(List.of(ip.toString(), "netns", "list")).split("\n")) {
            if (!line.isBlank()) {
                names.add(line.trim().split("\\s+")[0]);
            }
        }
        return names;
    }

    /** Whether iproute2 still lists the namespace. */
    static boolean exists(Path ip, String name) throws IOException {
        return list(ip).contains(name);
    }

    /** An existing namespace, to clean up one a killed run left behind. */
    static NetworkNamespace existing(Path ip, String name) {
        return new NetworkNamespace(ip, name);
    }

    Path ip() {
        return ip;
    }

    /** The routes inside the namespace, as {@code ip route} prints them. */
    String routes() throws IOException {
        return ip("-n", name, "route", "show");
    }

    /** The interfaces inside the namespace, as {@code ip -o link} prints them (one per line). */
    String links() throws IOException {
        return ip("-n", name, "-o", "link", "show");
    }

    /**
     * Waits until something in the namespace listens on TCP {@code port}, reading the namespace's own
     * {@code /proc/net/tcp} and {@code tcp6} (they are per network namespace; a JVM binds even
     * 127.0.0.1 as a dual-stack IPv6 socket), so no socket tool is needed.
     */
    boolean awaitTcpListener(int port, Duration timeout) throws IOException, InterruptedException {
        return awaitSocket("tcp", port, TCP_LISTEN_STATE, timeout);
    }

    /** Waits until a UDP socket in the namespace is bound to {@code port} (an unconnected one is "closed"). */
    boolean awaitUdpBound(int port, Duration timeout) throws IOException, InterruptedException {
        return awaitSocket("udp", port, UDP_UNCONNECTED_STATE, timeout);
    }

    /** Polls {@code /proc/net/PROTOCOL} and {@code PROTOCOL6} for a socket on local {@code port} in {@code state}. */
    private boolean awaitSocket(String protocol, int port, int state, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String local = String.format(Locale.ROOT, ":%04X", port);
        // A kernel without IPv6 has no PROTOCOL6 table; what exists is enough.
        List<String> tables = List.of("sh", "-c", "cat /proc/net/" + protocol + " /proc/net/" + protocol + "6 2>/dev/null;"
                + " exit 0");
        do {
            for (String line : run(exec(tables)).split("\n")) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length > 3 && columns[1].endsWith(local) && Integer.parseInt(columns[3], 16) == state) {
                    return true;
                }
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return false;
    }

    /**
     * Kills what is left inside the namespace (only processes this test started can be in it), then
     * deletes it. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (deleted) {
            return;
        }
        try {
            for (String pid : ip("netns", "pids", name).split("\\s+")) {
                if (!pid.isBlank()) {
                    LOG.warn("PID {} still inside namespace {}; killing it", pid, name);
                    ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
                }
            }
        } catch (IOException | NumberFormatException e) {
            LOG.warn("could not list processes in namespace {}: {}", name, e.getMessage());
        }
        try {
            ip("netns", "del", name);
            deleted = true;
            LOG.info("network namespace {} deleted", name);
        } catch (IOException e) {
            LOG.error("could not delete network namespace {} (remove it with 'ip netns del {}'): {}", name, name,
                    e.getMessage());
        }
    }

    private String ip(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(ip.toString()));
        command.addAll(List.of(arguments));
        return run(command);
    }

    /** Runs a short command to completion; a non-zero exit becomes an IOException carrying its output. */
    private static String run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + ": no exit within " + COMMAND_TIMEOUT);
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " exited " + process.exitValue() + ": " + text.trim());
            }
            return text;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(String.join(" ", command) + ": interrupted", e);
        }
    }
}
