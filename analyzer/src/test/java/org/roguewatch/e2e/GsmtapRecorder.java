package org.roguewatch.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Records GSMTAP inside the namespace with the project's libpcap live source, run as a child JVM
 * there ({@code ip netns exec NS java … GsmtapRecorderMain}) on the test's class path, into a pcap.
 */
final class GsmtapRecorder implements GsmtapCollector {
    /** GSMTAP's registered UDP port, where osmo-bts's {@code gsmtap-remote-host} copy goes (the probe's source). */
    static final int GSMTAP_PORT = 4729;
    /** osmo-bts-virtual's Um (GSMTAP over multicast), moved off 4729 in osmo-bts-virtual.cfg.template. */
    static final int VIRTUAL_UM_PORT = 4730;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final List<String> sourceArguments;
    private final String fileStem;

    private GsmtapRecorder(List<String> sourceArguments, String fileStem) {
        this.sourceArguments = List.copyOf(sourceArguments);
        this.fileStem = fileStem;
    }

    /**
     * The virtual Um air itself — every downlink block osmo-bts-virtual transmits, idle fill included —
     * through the libpcap live capture (the native capture bridge) on the namespace's loopback.
     */
    static GsmtapRecorder virtualUmOnLoopback() {
        return new GsmtapRecorder(List.of("libpcap", "lo", "udp dst port " + VIRTUAL_UM_PORT), "virtual-um");
    }

    @Override
    public Listening start(NetworkNamespace namespace, TrackedProcesses processes, Path workDir) throws IOException {
        Path pcap = workDir.resolve(fileStem + ".pcap");
        Path log = workDir.resolve(fileStem + "-recorder.log");
        List<String> arguments = new ArrayList<>(sourceArguments);
        arguments.add(pcap.toString());
        List<String> java = ChildJvm.command(GsmtapRecorderMain.class, arguments);
        ProcessBuilder builder = new ProcessBuilder(namespace.exec(java))
                .redirectError(ProcessBuilder.Redirect.to(log.toFile()));
        TrackedProcesses.Started recorder = processes.start(fileStem + " recorder", builder, log);
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readLines(recorder.process(), lines), "recorder-stdout");
        reader.setDaemon(true);
        reader.start();
        await(lines, GsmtapRecorderMain.LISTENING, START_TIMEOUT, recorder);
        return (firstFrameTimeout, window) -> {
            await(lines, GsmtapRecorderMain.FIRST_FRAME, firstFrameTimeout, recorder);
            Thread.sleep(window.toMillis());
            recorder.process().getOutputStream().close();
            await(lines, GsmtapRecorderMain.RECORDED, START_TIMEOUT, recorder);
            return pcap;
        };
    }

    private static void readLines(Process process, LinkedBlockingQueue<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("stdout failed: " + e.getMessage());
        }
    }

    private static String await(LinkedBlockingQueue<String> lines, String prefix, Duration timeout,
                                TrackedProcesses.Started recorder) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
                String line = lines.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
                if (line == null && !recorder.process().isAlive() && lines.isEmpty()) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IOException(recorder.role() + " (PID " + recorder.pid() + ") gave no '" + prefix + "' within "
                + timeout + (recorder.process().isAlive() ? "" : ", exited " + recorder.process().exitValue())
                + "; its log:\n" + recorder.logTail(20));
    }
}
