package org.roguewatch.agent;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.locks.ReentrantLock;
import org.roguewatch.capture.CaptureFiles;
import org.roguewatch.capture.GsmtapUdpListener;
import org.roguewatch.capture.PacketReader;
import org.roguewatch.capture.Pcap4jLiveCapture;
import org.roguewatch.capture.UdpDatagram;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.probe.CaptureReplay;
import org.roguewatch.probe.FrameCounters;
import org.roguewatch.probe.GsmtapIngest;
import org.roguewatch.probe.ReplayProgress;
import org.roguewatch.sim.SimulatedAir;
import org.roguewatch.sim.SimulationListener;
import org.roguewatch.sim.scenario.Scenario;
import org.roguewatch.sim.scenario.ScenarioException;
import org.roguewatch.sim.scenario.ScenarioLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured source at work: its own ingest (cells it heard, counters), guarded by a lock that
 * folding holds per packet and snapshots take briefly.
 */
final class RunningSource implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(RunningSource.class);

    private final SourceSpec spec;
    private final EvidenceRecorder evidence;
    private final Runnable onFinished;
    private final ReentrantLock lock = new ReentrantLock();
    private final GsmtapIngest ingest;
    private volatile boolean up;
    private volatile boolean finished;
    /** Where the simulated air was rendered; deleted when the replay ends. */
    private volatile Path scratch;
    private Closeable running;
    private Thread thread;

    RunningSource(SourceSpec spec, String probeId, EvidenceRecorder evidence, Runnable onFinished) {
        this.spec = spec;
        this.evidence = evidence;
        this.onFinished = onFinished;
        this.ingest = new GsmtapIngest(probeId, new FrameCounters());
    }

    String name() {
        return spec.name();
    }

    void start() throws IOException {
        if (spec instanceof SourceSpec.Replay replay) {
            PacketReader reader = CaptureFiles.open(replay.file(), ingest.counters());
            replayOnThread(() -> new FoldingReader(reader, lock, replay.asRecorded(), evidence),
                    replay.file().toString(), GsmtapHeader.DEFAULT_UDP_PORT);
        } else if (spec instanceof SourceSpec.Simulated simulated) {
            replayOnThread(() -> new FoldingReader(CaptureFiles.open(renderAir(simulated), ingest.counters()), lock,
                    simulated.asRecorded(), evidence), "sim:" + simulated.scenario() + "#" + simulated.scenarioProbe(),
                    GsmtapHeader.DEFAULT_UDP_PORT);
        } else if (spec instanceof SourceSpec.Live live) {
            LivePacketQueue queue = new LivePacketQueue();
            Pcap4jLiveCapture capture = Pcap4jLiveCapture.start(live.interfaceName(), live.filter(), queue::offer);
            running = () -> {
                capture.close();
                queue.close();
            };
            replayOnThread(() -> new FoldingReader(queue, lock, false, evidence), "live://" + live.interfaceName(),
                    live.gsmtapPort());
        } else if (spec instanceof SourceSpec.Udp udp) {
            GsmtapUdpListener listener = GsmtapUdpListener.bind(new InetSocketAddress(udp.host(), udp.port()),
                    this::datagram);
            running = listener;
            up = true;
        }
    }

    private void datagram(UdpDatagram datagram) {
        if (evidence != null) {
            evidence.record(datagram.ref(), datagram.payload(), datagram.sourcePort(),
                    datagram.destinationPort());
        }
        lock.lock();
        try {
            ingest.counters().packet();
            ingest.datagram(datagram.ref(), datagram.payload());
        } finally {
            lock.unlock();
        }
    }

    /** Opens a reader, possibly slowly (rendering the simulated air); runs on the source's thread. */
    private interface ReaderOpener {
        PacketReader open() throws IOException;
    }

    /** Renders the scenario into a scratch directory and returns the scenario probe's capture. */
    private Path renderAir(SourceSpec.Simulated simulated) throws IOException {
        try {
            Scenario scenario = ScenarioLoader.load(simulated.scenario());
            Path directory = Files.createTempDirectory("roguewatch-sim-" + simulated.name());
            scratch = directory;
            SimulatedAir.run(scenario, directory, SimulationListener.NONE);
            Path capture = directory.resolve(simulated.scenarioProbe() + ".pcap");
            if (!Files.exists(capture)) {
                throw new IOException("scenario " + simulated.scenario() + " has no probe '"
                        + simulated.scenarioProbe() + "'");
            }
            return capture;
        } catch (ScenarioException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void replayOnThread(ReaderOpener opener, String source, int gsmtapPort) {
        up = true;
        thread = new Thread(() -> {
            try (PacketReader reader = opener.open()) {
                long packets = CaptureReplay.replay(reader, source, ingest, gsmtapPort, ReplayProgress.NONE);
                LOG.info("source {}: {} ended after {} packets", spec.name(), source, packets);
            } catch (IOException | RuntimeException e) {
                LOG.error("source {}: {} failed: {}", spec.name(), source, e.toString());
            } finally {
                deleteScratch();
                up = false;
                // The last snapshot is spooled before the source counts as finished, so nobody
                // waiting for "all finished and all acknowledged" can stop ahead of it.
                onFinished.run();
                finished = true;
            }
        }, "source " + spec.name());
        thread.setDaemon(true);
        thread.start();
    }

    private void deleteScratch() {
        Path directory = scratch;
        if (directory == null) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("source {}: cannot delete the rendered air in {}: {}", spec.name(), directory, e.getMessage());
        }
    }

    /** The cells this source heard so far. */
    List<CellObservation> observations() {
        lock.lock();
        try {
            return ingest.observations();
        } finally {
            lock.unlock();
        }
    }

    long frames() {
        lock.lock();
        try {
            return ingest.counters().gsmtapFrames();
        } finally {
            lock.unlock();
        }
    }

    SortedMap<String, Long> malformed() {
        lock.lock();
        try {
            return ingest.counters().malformed();
        } finally {
            lock.unlock();
        }
    }

    boolean up() {
        return up;
    }

    /** A replay that reached its end (live sources never finish). */
    boolean finished() {
        return finished;
    }

    boolean endsByItself() {
        return spec instanceof SourceSpec.Replay || spec instanceof SourceSpec.Simulated;
    }

    @Override
    public void close() throws IOException {
        up = false;
        if (running != null) {
            running.close();
        }
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
