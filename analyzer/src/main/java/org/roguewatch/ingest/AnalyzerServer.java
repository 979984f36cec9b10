package org.roguewatch.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.roguewatch.analyze.DetectionSetupLoader;
import org.roguewatch.detect.DetectionSetup;
import org.roguewatch.registry.ConfigException;
import org.roguewatch.registry.FmLicenceLoader;
import org.roguewatch.registry.FmLicences;
import org.roguewatch.registry.PlanException;
import org.roguewatch.uplink.PayloadCodecs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code roguewatch serve} assembled: ingest server, high-water marks, probe registry and periodic
 * detection, from a {@link ServeConfig}; with an alerts file also the alert pipeline, store and HTTP API
 * ({@link ServeAlerts}), fed by every detection run, cells and FM carriers alike. Other listeners attach
 * through {@link #registry()} ({@link ProbeRegistryListener}) and {@link #detection()}
 * ({@link DetectionListener}, {@link FmDetectionListener}).
 */
public final class AnalyzerServer implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(AnalyzerServer.class);

    private final HighWaterMarks marks;
    private final ProbeRegistry registry;
    private final PeriodicDetection detection;
    private final CertificateRefusals refusals = new CertificateRefusals();
    private final IngestServer server;
    private final ScheduledExecutorService timer;
    /** Alerts, store and API, or null when the config names no alerts file. */
    private final ServeAlerts alerts;

    private AnalyzerServer(ServeConfig config, DetectionSetup setup, Clock clock, ServeAlerts alerts,
                           FmLicences licences) throws IOException {
        this.alerts = alerts;
        this.marks = new HighWaterMarks(config.marksDirectory());
        this.registry = new ProbeRegistry(config.staleAfter(), config.silentAfter(), config.expectedProbes(), clock);
        this.detection = new PeriodicDetection(setup, registry, config.output(), licences);
        if (alerts != null) {
            detection.addListener(alerts);
            detection.addFmListener(alerts);
        }
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

    public static AnalyzerServer start(ServeConfig config) throws IOException, ConfigException {
        return start(config, Clock.systemUTC());
    }

    /**
     * @param clock the time of the registry and of alerting (tests replaying old captures set it near their time)
     */
    public static AnalyzerServer start(ServeConfig config, Clock clock) throws IOException, ConfigException {
        DetectionSetup setup = DetectionSetupLoader.load(config.detection(), config.plan(), false, config.baseline());
        FmLicences licences = fmLicences(config);
        ServeAlerts alerts = null;
        if (config.alerts() != null) {
            try {
                alerts = ServeAlerts.start(config, clock);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while starting the API");
            }
        }
        try {
            return new AnalyzerServer(config, setup, clock, alerts, licences);
        } catch (IOException | RuntimeException e) {
            if (alerts != null) {
                alerts.close();
            }
            throw e;
        }
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

    /** Alerts, store and API; empty when the config names no alerts file. */
    public Optional<ServeAlerts> alerts() {
        return Optional.ofNullable(alerts);
    }

    public CertificateRefusals refusals() {
        return refusals;
    }

    /**
     * Stops ingest, runs detection a last time over everything received (into the report and the alerts), then
     * closes the API, the sinks and the store, and last the marks. Ingest stops first so that nothing a probe
     * had acknowledged misses the last run.
     */
    @Override
    public void close() throws IOException {
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            server.close();
            detection.run();
        } finally {
            if (alerts != null) {
                alerts.close();
            }
            marks.close();
        }
    }
}
