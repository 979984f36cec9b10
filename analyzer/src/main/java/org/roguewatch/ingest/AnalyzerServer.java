package org.roguewatch.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.roguewatch.analyze.DetectionSetupLoader;
import org.roguewatch.detect.DetectionSetup;
import org.roguewatch.registry.FmLicenceLoader;
import org.roguewatch.registry.FmLicences;
import org.roguewatch.registry.PlanException;
import org.roguewatch.uplink.PayloadCodecs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code roguewatch serve} assembled: ingest server, high-water marks, probe registry and periodic
 * detection, from a {@link ServeConfig}. The lead wires alerting, storage or an API through
 * {@link #registry()} ({@link ProbeRegistryListener}) and {@link #detection()}
 * ({@link DetectionListener}, and {@link FmDetectionListener} for FM carriers).
 */
public final class AnalyzerServer implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(AnalyzerServer.class);

    private final HighWaterMarks marks;
    private final ProbeRegistry registry;
    private final PeriodicDetection detection;
    private final CertificateRefusals refusals = new CertificateRefusals();
    private final IngestServer server;
    private final ScheduledExecutorService timer;

    private AnalyzerServer(ServeConfig config, DetectionSetup setup, FmLicences licences) throws IOException {
        this.marks = new HighWaterMarks(config.marksDirectory());
        this.registry = new ProbeRegistry(config.staleAfter(), config.silentAfter(), config.expectedProbes(),
                Clock.systemUTC());
        this.detection = new PeriodicDetection(setup, registry, config.output(), licences);
        this.server = IngestServer.start(config.ingest(), config.tls().context(refusals), detection, registry, marks,
                PayloadCodecs.standard());
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "periodic detection");
            thread.setDaemon(true);
            return thread;
        });
        long millis = config.detectionInterval().toMillis();
        timer.scheduleWithFixedDelay(this::detectQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    public static AnalyzerServer start(ServeConfig config) throws IOException {
        DetectionSetup setup = DetectionSetupLoader.load(config.detection(), config.plan(), false, config.baseline());
        return new AnalyzerServer(config, setup, fmLicences(config));
    }

    /** The FM register named by {@code licences}, read strictly; null when none is configured. */
    private static FmLicences fmLicences(ServeConfig config) throws IOException {
        if (config.licences() == null) {
            return null;
        }
        try {
            return FmLicenceLoader.load(config.licences(), false);
        } catch (PlanException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void detectQuietly() {
        try {
            detection.run();
        } catch (IOException | RuntimeException e) {
            LOG.error("periodic detection failed: {}", e.toString(), e);
        }
    }

    public InetSocketAddress address() {
        return server.address();
    }

    public ProbeRegistry registry() {
        return registry;
    }

    public PeriodicDetection detection() {
        return detection;
    }

    /** Raw frames from the probes' evidence pcaps, by frame reference. */
    public EvidenceRequests evidence() {
        return server.evidence();
    }

    public IngestStats stats() {
        return server.stats();
    }

    public CertificateRefusals refusals() {
        return refusals;
    }

    /** Stops ingest, runs detection a last time over everything received, and closes the marks. */
    @Override
    public void close() throws IOException {
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        detection.run();
        marks.close();
    }
}
