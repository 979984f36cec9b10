package org.roguewatch.agent;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
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
            replayOnThread(new FoldingReader(reader, lock, replay.asRecorded(), evidence), replay.file().toString());
        } else if (spec instanceof SourceSpec.Live live) {
            LivePacketQueue queue = new LivePacketQueue();
            Pcap4jLiveCapture capture = Pcap4jLiveCapture.start(live.interfaceName(), live.filter(), queue::offer);
            running = () -> {
                capture.close();
                queue.close();
            };
            replayOnThread(new FoldingReader(queue, lock, false, evidence), "live://" + live.interfaceName());
        } else if (spec instanceof SourceSpec.Udp udp) {
            GsmtapUdpListener listener = GsmtapUdpListener.bind(new InetSocketAddress(udp.host(), udp.port()),
                    this::datagram);
            running = listener;
            up = true;
        }
    }

    private void datagram(UdpDatagram datagram) {
        if (evidence != null) {
            evidence.record(datagram.ref().time(), datagram.payload(), datagram.sourcePort(),
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

    private void replayOnThread(PacketReader reader, String source) {
        up = true;
        thread = new Thread(() -> {
            try (reader) {
                long packets = CaptureReplay.replay(reader, source, ingest, GsmtapHeader.DEFAULT_UDP_PORT,
                        ReplayProgress.NONE);
                LOG.info("source {}: {} ended after {} packets", spec.name(), source, packets);
            } catch (IOException | RuntimeException e) {
                LOG.error("source {}: {} failed: {}", spec.name(), source, e.toString());
            } finally {
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
        return spec instanceof SourceSpec.Replay;
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
