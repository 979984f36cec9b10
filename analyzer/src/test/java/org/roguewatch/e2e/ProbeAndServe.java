package org.roguewatch.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.roguewatch.certs.TestDeployment;
import org.roguewatch.cli.Main;

/**
 * The probe fleet inside the namespace, as an operator runs it: {@code roguewatch serve} and
 * {@code roguewatch probe} in JVMs of their own, configured from files, over mutual TLS with
 * certificates from the certs package. The probe's only source is the BTS's
 * {@code gsmtap-remote-host 127.0.0.1} output (gsmtap-udp on 127.0.0.1:4729); serve rewrites its
 * JSON-lines report every {@link #DETECTION_INTERVAL}.
 */
final class ProbeAndServe {
    static final String PROBE_ID = "probe-e2e";
    /** The namespace is private, so a fixed port cannot clash; 4730 is left to the virtual Um (UDP). */
    static final int SERVE_PORT = 4740;
    static final String REPORT_FILE = "serve-report.jsonl";
    static final String EVIDENCE_DIRECTORY = "probe-evidence";
    private static final Duration DETECTION_INTERVAL = Duration.ofMillis(500);
    private static final Duration SNAPSHOT_INTERVAL = Duration.ofMillis(500);
    /** A JVM starts in one to three seconds on a busy 2-core machine; twenty is generous. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final NetworkNamespace namespace;
    private final TrackedProcesses processes;
    private final Path workDir;

    ProbeAndServe(NetworkNamespace namespace, TrackedProcesses processes, Path workDir) {
        this.namespace = namespace;
        this.processes = processes;
        this.workDir = workDir;
    }

    /**
     * Writes certificates and both configurations, starts serve and waits for its TLS port, then starts
     * the probe and waits until it holds UDP 4729. That must happen before the BTS comes up: osmo-bts
     * also tries to bind 127.0.0.1:4729 (a "sink" that keeps the kernel from answering its GSMTAP with
     * ICMP port unreachable), logs "Address already in use" when the probe holds it, and carries on.
     *
     * @param plan           the operator's cell plan (CSV)
     * @param analyzerConfig the detector settings (analyzer.properties)
     */
    ServedReport.Source start(String plan, String analyzerConfig) throws IOException, InterruptedException {
        Path certs = workDir.resolve("certs");
        try {
            new TestDeployment(List.of("127.0.0.1"), List.of(PROBE_ID), Set.of(), Duration.ofDays(1)).writeTo(certs);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot issue the test certificates: " + e.getMessage(), e);
        }
        Files.writeString(workDir.resolve("plan.csv"), plan);
        Files.writeString(workDir.resolve("analyzer.properties"), analyzerConfig);
        Path serveConfig = Files.write(workDir.resolve("serve.properties"), List.of(
                "listen.host = 127.0.0.1",
                "listen.port = " + SERVE_PORT,
                "tls.certificate = certs/" + TestDeployment.ANALYZER,
                "tls.key = certs/" + TestDeployment.ANALYZER_KEY,
                "tls.ca = certs/" + TestDeployment.CA,
                "marks.directory = serve-marks",
                "probes.expected = " + PROBE_ID,
                "detection.interval = " + DETECTION_INTERVAL.toMillis() + "ms",
                "detection.output = " + REPORT_FILE,
                "detection.plan = plan.csv",
                "detection.config = analyzer.properties"));
        Path probeConfig = Files.write(workDir.resolve("probe.properties"), List.of(
                "probe.id = " + PROBE_ID,
                "analyzer.host = 127.0.0.1",
                "analyzer.port = " + SERVE_PORT,
                "tls.certificate = certs/" + TestDeployment.probeCertificate(PROBE_ID),
                "tls.key = certs/" + TestDeployment.probeKey(PROBE_ID),
                "tls.ca = certs/" + TestDeployment.CA,
                "spool.directory = probe-spool",
                "uplink.heartbeat = 200ms",
                "snapshot.interval = " + SNAPSHOT_INTERVAL.toMillis() + "ms",
                "evidence.directory = " + EVIDENCE_DIRECTORY,
                "source.bts.type = gsmtap-udp",
                "source.bts.host = " + OsmoCellConfig.GSMTAP_HOST,
                "source.bts.port = " + GsmtapRecorder.GSMTAP_PORT));
        TrackedProcesses.Started serve = startCli("serve", serveConfig);
        awaitBound(serve, namespace.awaitTcpListener(SERVE_PORT, START_TIMEOUT), "TCP " + SERVE_PORT);
        TrackedProcesses.Started probe = startCli("probe", probeConfig);
        awaitBound(probe, namespace.awaitUdpBound(GsmtapRecorder.GSMTAP_PORT, START_TIMEOUT),
                "UDP " + GsmtapRecorder.GSMTAP_PORT);
        return new ServedReport.Source(workDir.resolve(REPORT_FILE), SNAPSHOT_INTERVAL.plus(DETECTION_INTERVAL),
                List.of(serve, probe));
    }

    /** The probe's evidence pcaps: every GSMTAP frame it heard, complete once the probe has stopped. */
    Path evidenceDirectory() {
        return workDir.resolve(EVIDENCE_DIRECTORY);
    }

    /** {@code roguewatch COMMAND --config F} in the namespace, stdout and stderr in {@code COMMAND.log}. */
    private TrackedProcesses.Started startCli(String command, Path config) throws IOException {
        List<String> java = ChildJvm.command(Main.class, List.of(command, "--config", config.toString()));
        return processes.start("roguewatch " + command, namespace.exec(java), workDir.resolve(command + ".log"));
    }

    private static void awaitBound(TrackedProcesses.Started started, boolean bound, String socket) throws IOException {
        if (!bound) {
            throw new IOException(started.role() + " (PID " + started.pid() + ") did not bind " + socket + " within "
                    + START_TIMEOUT + (started.process().isAlive() ? "" : "; it exited " + started.process().exitValue())
                    + "; its log:\n" + started.logTail(30));
        }
    }
}
