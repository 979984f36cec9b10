package org.roguewatch.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processes one harness started, each remembered by its PID and stopped by it — SIGTERM, then
 * SIGKILL if it lingers — newest first, so a BTS goes down before the BSC it talks to.
 */
final class TrackedProcesses implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrackedProcesses.class);
    private static final long GRACE_MILLIS = 5_000;

    /** A started process, its role in the test and where its output goes (null when piped to us). */
    record Started(String role, Process process, Path log) {
        long pid() {
            return process.pid();
        }

        /** The last lines of its log, for a failure message. */
        String logTail(int lines) {
            if (log == null || !Files.isReadable(log)) {
                return "(no log)";
            }
            try {
                List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
            } catch (IOException e) {
                return "(log unreadable: " + e.getMessage() + ")";
            }
        }
    }

    private final Deque<Started> running = new ArrayDeque<>();
    private final List<Started> history = new ArrayList<>();

    /** Starts {@code command}, with stdout and stderr together in {@code log}. */
    Started start(String role, List<String> command, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        return start(role, builder, log);
    }

    /** Starts a prepared builder (for a process whose stdin and stdout the caller talks to). */
    synchronized Started start(String role, ProcessBuilder builder, Path log) throws IOException {
        Process process = builder.start();
        Started started = new Started(role, process, log);
        running.push(started);
        history.add(started);
        LOG.info("started {} as PID {}: {}", role, process.pid(), String.join(" ", builder.command()));
        return started;
    }

    /** Every process started so far, running or not, oldest first. */
    synchronized List<Started> started() {
        return List.copyOf(history);
    }

    /** Stops every process still running; safe to call twice (the shutdown hook may race a normal close). */
    @Override
    public synchronized void close() {
        while (!running.isEmpty()) {
            stop(running.pop());
        }
    }

    private static void stop(Started started) {
        Process process = started.process();
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warn("{} (PID {}) ignored SIGTERM for {} ms; killing it", started.role(), started.pid(), GRACE_MILLIS);
                process.destroyForcibly().waitFor(GRACE_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
