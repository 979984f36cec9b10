package org.roguewatch.spectrum.bridge;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.roguewatch.decode.MalformedSink;
import org.roguewatch.spectrum.sweep.SweepReader;
import org.roguewatch.spectrum.sweep.SweepRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs rtl_power or hackrf_sweep and turns their stdout into {@link SweepRow}s as the lines arrive,
 * on a thread of its own. When the process ends the bridge says why in one line ({@link BridgeStatus},
 * also logged), counts it ({@link BridgeCounters}) and starts it again after a capped, jittered
 * exponential backoff ({@link BridgeSettings}), until {@link #close()}.
 *
 * <p>The tools print local time, so they run with {@code TZ=UTC} and their times are read as UTC.
 * Rows come from a {@link SweepReader}, so bad lines go to the {@link MalformedSink} with a source
 * of {@code <program>[run N]} and their line number in that run, and the stream goes on.
 *
 * <p>The row and status consumers run on the bridge's thread; an exception from them is logged and
 * does not stop the bridge.
 */
public final class SweepProcessBridge implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(SweepProcessBridge.class);
    private static final long STDERR_WAIT_MILLIS = 2000;
    private static final long TERMINATE_WAIT_MILLIS = 2000;

    private final SweepCommand command;
    private final Backoff backoff;
    private final Consumer<SweepRow> rows;
    private final Consumer<BridgeStatus> status;
    private final MalformedSink sink;
    private final BridgeCounters counters = new BridgeCounters();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Clock clock = Clock.systemUTC();
    private final Thread thread;
    private volatile Process process;
    private volatile BridgeStatus lastStatus;
    private BridgeState lastFailure;

    private SweepProcessBridge(SweepCommand command, BridgeSettings settings, Consumer<SweepRow> rows,
            Consumer<BridgeStatus> status, MalformedSink sink) {
        this.command = command;
        this.backoff = new Backoff(settings, () -> ThreadLocalRandom.current().nextDouble());
        this.rows = rows;
        this.status = status;
        this.sink = sink;
        this.thread = new Thread(this::loop, "sweep-bridge-" + command.program());
        this.thread.setDaemon(true);
    }

    /**
     * Starts the bridge thread, which starts the process at once.
     *
     * @param rows   receives each good row, in stdout order
     * @param status receives every state change (started, no device, exited, ...)
     * @param sink   receives every line that is not a valid row
     */
    public static SweepProcessBridge start(SweepCommand command, BridgeSettings settings, Consumer<SweepRow> rows,
            Consumer<BridgeStatus> status, MalformedSink sink) {
        SweepProcessBridge bridge = new SweepProcessBridge(Objects.requireNonNull(command, "command"),
                Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(rows, "rows"),
                Objects.requireNonNull(status, "status"), Objects.requireNonNull(sink, "sink"));
        bridge.thread.start();
        return bridge;
    }

    public BridgeCounters counters() {
        return counters;
    }

    /** The latest status, or null before the first run starts. */
    public BridgeStatus lastStatus() {
        return lastStatus;
    }

    public SweepCommand command() {
        return command;
    }

    private void loop() {
        int run = 0;
        int failures = 0;
        while (!closed.get()) {
            run++;
            long delivered = counters.rows();
            BridgeStatus ended = runOnce(run);
            if (closed.get()) {
                break;
            }
            boolean healthy = counters.rows() > delivered;
            failures = healthy ? 0 : failures + 1;
            Duration wait = backoff.next(Math.max(1, failures));
            BridgeStatus failed = new BridgeStatus(ended.program(), ended.state(), run, ended.exitCode(),
                    ended.detail(), wait, clock.instant());
            counters.count(failed.state());
            publish(failed, failed.state() != lastFailure || healthy);
            lastFailure = healthy ? null : failed.state();
            try {
                if (stop.await(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        publish(new BridgeStatus(command.program(), BridgeState.STOPPED, run, -1, "", Duration.ZERO,
                clock.instant()), false);
    }

    /** Runs the process to its end; returns how it ended (retry wait not yet set). */
    private BridgeStatus runOnce(int run) {
        String program = command.program();
        ProcessBuilder builder = new ProcessBuilder(command.command()).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().put("TZ", "UTC");
        Process started;
        try {
            started = builder.start();
        } catch (IOException e) {
            return new BridgeStatus(program, BridgeState.NOT_STARTED, run, -1, ExitClassifier.clip(
                    String.valueOf(e.getMessage())), Duration.ZERO, clock.instant());
        }
        process = started;
        if (closed.get()) {
            terminate(started);
        }
        counters.runs.incrementAndGet();
        try {
            started.getOutputStream().close();
        } catch (IOException e) {
            LOG.debug("{}: closing stdin: {}", program, e.getMessage());
        }
        StderrTail stderr = new StderrTail(started.getErrorStream(), program);
        publish(new BridgeStatus(program, BridgeState.STARTED, run, -1, "pid " + started.pid(), Duration.ZERO,
                clock.instant()), false);
        String source = program + "[run " + run + "]";
        MalformedSink counting = (reason, where, detail) -> {
            counters.malformedLines.incrementAndGet();
            sink.malformed(reason, where, detail);
        };
        try (SweepReader reader = SweepReader.of(new InputStreamReader(started.getInputStream(),
                StandardCharsets.ISO_8859_1), source, command.tool(), counting, ZoneOffset.UTC)) {
            SweepRow row;
            while ((row = reader.next()) != null) {
                counters.rows.incrementAndGet();
                deliver(row);
            }
        } catch (IOException e) {
            if (!closed.get()) {
                LOG.debug("{}: stdout: {}", program, e.getMessage());
            }
        }
        int exit;
        java.util.List<String> tail;
        try {
            exit = started.waitFor();
            tail = stderr.lines(STDERR_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            terminate(started);
            exit = -1;
            tail = java.util.List.of();
        }
        ExitClassifier.Verdict verdict = ExitClassifier.classify(tail);
        return new BridgeStatus(program, verdict.state(), run, exit, verdict.detail(), Duration.ZERO, clock.instant());
    }

    private void deliver(SweepRow row) {
        try {
            rows.accept(row);
        } catch (RuntimeException e) {
            LOG.error("{}: row consumer failed on {}", command.program(), row.ref(), e);
        }
    }

    private void publish(BridgeStatus event, boolean loud) {
        lastStatus = event;
        if (event.state().isFailure()) {
            if (loud) {
                LOG.warn(event.oneLine());
            } else {
                LOG.debug(event.oneLine());
            }
        } else {
            LOG.info(event.oneLine());
        }
        try {
            status.accept(event);
        } catch (RuntimeException e) {
            LOG.error("{}: status consumer failed on {}", command.program(), event.oneLine(), e);
        }
    }

    /**
     * Stops restarting, ends the running process (its children first, then it; forcibly after
     * {@value #TERMINATE_WAIT_MILLIS} ms) and waits for the bridge thread. Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            stop.countDown();
            Process running = process;
            if (running != null) {
                terminate(running);
            }
        }
        try {
            thread.join(2 * TERMINATE_WAIT_MILLIS + STDERR_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void terminate(Process running) {
        running.descendants().forEach(ProcessHandle::destroy);
        running.destroy();
        try {
            if (!running.waitFor(TERMINATE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                running.descendants().forEach(ProcessHandle::destroyForcibly);
                running.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.destroyForcibly();
        }
    }
}
