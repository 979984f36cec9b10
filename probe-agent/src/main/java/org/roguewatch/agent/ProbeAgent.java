package org.roguewatch.agent;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.roguewatch.spool.Spool;
import org.roguewatch.spool.SpoolStats;
import org.roguewatch.uplink.EvidenceStore;
import org.roguewatch.uplink.ProbeHealth;
import org.roguewatch.uplink.UplinkClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The probe daemon: sources fold what they hear into cells (spectrum sources: sweeps into
 * carriers), changed cells and carrier sets are spooled every snapshot interval (and when a replay
 * ends), the uplink ships the spool to the analyzer, and heartbeats report health and position.
 */
public final class ProbeAgent implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(ProbeAgent.class);
    private static final int BATCH_SIZE = 500;

    private final ProbeConfig config;
    private final Spool spool;
    private final EvidenceRecorder evidence;
    private final PositionFeed position;
    private final SnapshotShipper shipper;
    private final List<RunningSource> sources = new ArrayList<>();
    private final SpectrumShipper spectrumShipper;
    private final List<SpectrumSource> spectrumSources = new ArrayList<>();
    private final UplinkClient uplink;
    private final ScheduledExecutorService timer;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private long lastFrames;
    private long lastHealthNanos = System.nanoTime();
    private volatile double framesPerSecond;

    private ProbeAgent(ProbeConfig config) throws IOException {
        this.config = config;
        this.spool = Spool.open(config.spoolDirectory(), config.spool());
        this.evidence = config.evidence() == null ? null : new EvidenceRecorder(config.evidence());
        this.position = PositionFeed.start(config.position());
        this.shipper = new SnapshotShipper(spool, BATCH_SIZE);
        this.spectrumShipper = new SpectrumShipper(spool);
        this.uplink = new UplinkClient(config.uplink(), config.tls().clientContext(), spool, this::health,
                evidence == null ? EvidenceStore.NONE : evidence);
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "probe-agent timer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Opens spool, sources and uplink, and starts shipping. */
    public static ProbeAgent start(ProbeConfig config) throws IOException {
        ProbeAgent agent = new ProbeAgent(config);
        try {
            agent.startAll();
        } catch (IOException | RuntimeException e) {
            agent.close();
            throw e;
        }
        return agent;
    }

    private void startAll() throws IOException {
        for (SourceSpec spec : config.sources()) {
            if (SpectrumSource.isSpectrum(spec)) {
                spectrumSources.add(new SpectrumSource(spec, config.probeId(), this::snapshot));
            } else {
                sources.add(new RunningSource(spec, config.probeId(), evidence, this::snapshot));
            }
        }
        uplink.start();
        for (RunningSource source : sources) {
            source.start();
            LOG.info("probe {}: source {} started", config.probeId(), source.name());
        }
        for (SpectrumSource source : spectrumSources) {
            source.start();
            LOG.info("probe {}: spectrum source {} started", config.probeId(), source.name());
        }
        long millis = config.snapshotInterval().toMillis();
        timer.scheduleWithFixedDelay(this::snapshot, millis, millis, TimeUnit.MILLISECONDS);
        if (config.exitWhenDone()) {
            timer.scheduleWithFixedDelay(this::stopWhenDone, 100, 100, TimeUnit.MILLISECONDS);
        }
    }

    /** Spools what changed in every source since the last snapshot. */
    private void snapshot() {
        for (RunningSource source : sources) {
            try {
                int shipped = shipper.ship(source.name(), source.observations());
                if (shipped > 0) {
                    LOG.debug("probe {}: {} changed observation(s) from {} spooled", config.probeId(), shipped,
                            source.name());
                }
            } catch (IOException e) {
                LOG.error("probe {}: cannot spool observations of {}: {}", config.probeId(), source.name(),
                        e.getMessage());
            }
        }
        for (SpectrumSource source : spectrumSources) {
            try {
                int shipped = spectrumShipper.ship(source);
                if (shipped > 0) {
                    LOG.debug("probe {}: {} carrier(s) from {} spooled", config.probeId(), shipped, source.name());
                }
            } catch (IOException e) {
                LOG.error("probe {}: cannot spool carriers of {}: {}", config.probeId(), source.name(),
                        e.getMessage());
            }
        }
        if (evidence != null) {
            try {
                evidence.flush();
            } catch (IOException e) {
                LOG.warn("evidence flush failed: {}", e.getMessage());
            }
        }
    }

    private void stopWhenDone() {
        boolean sourcesDone = sources.stream().allMatch(RunningSource::finished)
                && spectrumSources.stream().allMatch(SpectrumSource::finished);
        if (sourcesDone && spool.stats().pendingRecords() == 0) {
            LOG.info("probe {}: every source ended and the analyzer holds everything; stopping", config.probeId());
            stopped.countDown();
        }
    }

    /** Blocks until {@link #close()} or, with {@code agent.exit_when_done}, until all is shipped. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** The probe's health as its heartbeats report it. */
    public ProbeHealth health() {
        List<ProbeHealth.SourceState> states = new ArrayList<>();
        long frames = 0;
        SortedMap<String, Long> malformed = new TreeMap<>(position.malformed());
        for (RunningSource source : sources) {
            states.add(new ProbeHealth.SourceState(source.name(), source.up()));
            frames += source.frames();
            source.malformed().forEach((reason, count) -> malformed.merge(reason, count, Long::sum));
        }
        for (SpectrumSource source : spectrumSources) {
            states.add(new ProbeHealth.SourceState(source.name(), source.up(), source.state()));
            source.malformed().forEach((reason, count) -> malformed.merge(reason, count, Long::sum));
        }
        if (shipper.oversize() > 0) {
            malformed.put("observation-too-large-for-a-frame", shipper.oversize());
        }
        if (spectrumShipper.oversize() > 0) {
            malformed.put("carriers-too-large-for-a-frame", spectrumShipper.oversize());
        }
        long now = System.nanoTime();
        synchronized (this) {
            double seconds = (now - lastHealthNanos) / 1e9;
            if (seconds > 0.5) {
                framesPerSecond = (frames - lastFrames) / seconds;
                lastFrames = frames;
                lastHealthNanos = now;
            }
        }
        SpoolStats stats = spool.stats();
        return new ProbeHealth(Instant.now(), states, framesPerSecond, malformed,
                new ProbeHealth.SpoolHealth(stats.pendingRecords(), stats.bytes(), stats.droppedRecords()),
                position.clockOffsetMillis(), position.position());
    }

    public SpoolStats spoolStats() {
        return spool.stats();
    }

    public long observationsShipped() {
        return shipper.observationsShipped();
    }

    /** Carrier observations spooled so far (each snapshot of a source counts its whole set). */
    public long spectrumObservationsShipped() {
        return spectrumShipper.observationsShipped();
    }

    /** Stops the sources, spools a last snapshot, closes the uplink and the spool. */
    @Override
    public void close() throws IOException {
        for (RunningSource source : sources) {
            source.close();
        }
        for (SpectrumSource source : spectrumSources) {
            source.close();
        }
        timer.shutdown();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        snapshot();
        uplink.close();
        spool.close();
        position.close();
        if (evidence != null) {
            evidence.close();
        }
        stopped.countDown();
    }
}
