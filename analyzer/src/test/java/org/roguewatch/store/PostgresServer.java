package org.roguewatch.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.roguewatch.testing.MissingPrerequisite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A throwaway PostgreSQL server from the Debian package's binaries, for proving the store's SQL on the real thing:
 * initdb into a temporary directory, listen on a free loopback port, trust authentication, durability settings off
 * (the data is thrown away). One server serves the whole test JVM and every test gets its own database; a
 * shutdown hook stops it (pg_ctl, then the postmaster's PID) and deletes the directory. PostgreSQL refuses to run
 * as root, so under root the binaries run as the {@code postgres} user through {@code runuser}.
 *
 * <p>Without the binaries or that user the calling test is skipped with the reason; with {@code CI=true}, where
 * {@code .ci/run} installs the package, it fails instead, so the check cannot silently vanish.
 */
public final class PostgresServer {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);
    private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");
    private static final String SUPERUSER = "roguewatch";
    private static final String SYSTEM_USER = "postgres";
    private static final long STEP_TIMEOUT_SECONDS = 60;

    private static PostgresServer shared;
    private static String unavailable;
    private static RuntimeException broken;

    private final Path bin;
    private final Path directory;
    private final List<String> runAs;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(Path bin, Path directory, List<String> runAs, int port) {
        this.bin = bin;
        this.directory = directory;
        this.runAs = runAs;
        this.port = port;
    }

    /** The JVM's server, started on first use; skips (or in CI fails) the calling test if it cannot run. */
    public static synchronized PostgresServer shared() {
        if (broken != null) {
            throw new IllegalStateException("the test PostgreSQL server failed to start", broken);
        }
        if (shared == null && unavailable == null) {
            try {
                shared = start();
            } catch (Unavailable e) {
                unavailable = e.getMessage();
            } catch (RuntimeException e) {
                broken = e;
                throw e;
            }
        }
        if (shared == null) {
            unavailable(unavailable, MissingPrerequisite.inCi());
        }
        return shared;
    }

    /** Skips the calling test with the reason, or fails it in CI, where the package is installed. */
    static void unavailable(String reason, boolean ci) {
        MissingPrerequisite.skipOrFail("real PostgreSQL test cannot run: " + reason
                + " (needs the Debian package postgresql; .ci/run installs it)", ci);
    }

    /** A new, empty database on this server: its JDBC URL. */
    public String createDatabase() {
        String name = "rw_test_" + databases.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(url("postgres"), SUPERUSER, "");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + url("postgres"), e);
        }
        return url(name);
    }

    public String user() {
        return SUPERUSER;
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static PostgresServer start() throws Unavailable {
        Path bin = binaries().orElseThrow(() -> new Unavailable("no " + INSTALLATIONS + "/*/bin/initdb"));
        List<String> runAs = runAs();
        Path directory;
        try {
            directory = Files.createTempDirectory("roguewatch-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean started = false;
        PostgresServer server = null;
        try {
            if (!runAs.isEmpty()) {
                handOver(directory);
            }
            server = new PostgresServer(bin, directory, runAs, freePort());
            List<String> initdb = new ArrayList<>(List.of("-D", server.data(), "-U", SUPERUSER, "--auth=trust",
                    "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"));
            if (majorVersion(bin) >= 15) {
                // A language collation, as a production database usually has, so text ordering that differs from
                // H2's (code point) order shows up here rather than in a deployment.
                initdb.addAll(List.of("--locale-provider=icu", "--icu-locale=en-US"));
            }
            server.run("initdb", initdb.toArray(String[]::new));
            server.run("pg_ctl", "-D", server.data(), "-l", directory.resolve("server.log").toString(), "-w",
                    "-t", String.valueOf(STEP_TIMEOUT_SECONDS), "-o", String.join(" ", "-p", String.valueOf(server.port),
                            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=" + directory,
                            "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"), "start");
            PostgresServer running = server;
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "postgres-test-server-stop"));
            LOG.info("test PostgreSQL {} running on 127.0.0.1:{} in {}", bin.getParent().getFileName(), server.port,
                    directory);
            started = true;
            return server;
        } finally {
            if (!started) {
                if (server != null) {
                    server.stop();
                } else {
                    delete(directory);
                }
            }
        }
    }

    /** Stops the server (fast shutdown; the postmaster's PID killed if pg_ctl cannot) and deletes its files. */
    private synchronized void stop() {
        Optional<Long> pid = postmasterPid();
        try {
            run("pg_ctl", "-D", data(), "-m", "immediate", "-w", "-t", "10", "stop");
        } catch (RuntimeException e) {
            LOG.warn("pg_ctl stop failed ({}); killing the postmaster", e.getMessage());
        }
        pid.flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
        delete(directory);
    }

    private Optional<Long> postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(directory.resolve("data/postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String data() {
        return directory.resolve("data").toString();
    }

    /** Runs one of the server's programs to completion, failing with its output when it does not succeed. */
    private void run(String program, String... arguments) {
        List<String> command = new ArrayList<>(runAs);
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        Path output = directory.resolve(program + ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " did not finish in " + STEP_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue()
                        + ": " + Files.readString(output).strip() + serverLog());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + program, e);
        }
    }

    private String serverLog() throws IOException {
        Path log = directory.resolve("server.log");
        return Files.exists(log) ? "\nserver log:\n" + Files.readString(log).strip() : "";
    }

    /** The newest installed major version's bin directory. */
    private static Optional<Path> binaries() {
        if (!Files.isDirectory(INSTALLATIONS)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(INSTALLATIONS)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(PostgresServer::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The prefix that drops root for the server's programs; empty when we already are an ordinary user. */
    private static List<String> runAs() throws Unavailable {
        if (!MissingPrerequisite.isRoot()) {
            return List.of();
        }
        Path runuser = Stream.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser").map(Path::of)
                .filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new Unavailable("running as root and runuser is missing"));
        try {
            lookup().lookupPrincipalByName(SYSTEM_USER);
        } catch (IOException e) {
            throw new Unavailable("running as root and there is no '" + SYSTEM_USER + "' user to run the server as");
        }
        return List.of(runuser.toString(), "-u", SYSTEM_USER, "--");
    }

    private static void handOver(Path directory) {
        try {
            Files.setOwner(directory, lookup().lookupPrincipalByName(SYSTEM_USER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot give " + directory + " to " + SYSTEM_USER, e);
        }
    }

    private static UserPrincipalLookupService lookup() {
        return Path.of("/").getFileSystem().getUserPrincipalLookupService();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot delete test PostgreSQL directory {}: {}", directory, e.getMessage());
        }
    }

    /** Why the server cannot run on this machine: a skip, not an error. */
    private static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }
}
