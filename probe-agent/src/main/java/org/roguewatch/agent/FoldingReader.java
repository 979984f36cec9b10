package org.roguewatch.agent;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import org.roguewatch.capture.CapturedPacket;
import org.roguewatch.capture.Decapsulator;
import org.roguewatch.capture.PacketReader;
import org.roguewatch.capture.UdpDatagram;

/**
 * Wraps a source's packet reader for {@code CaptureReplay}: holds the source's lock from the
 * moment a packet is handed out until the next one is asked for, so a snapshot never sees a cell
 * half-folded (and waiting for the next packet holds no lock); paces a replay as recorded when
 * asked; copies each GSMTAP datagram to the evidence pcap.
 */
final class FoldingReader implements PacketReader {
    private final PacketReader delegate;
    private final ReentrantLock lock;
    private final boolean asRecorded;
    private final EvidenceRecorder evidence;
    private Instant firstPacket;
    private long startNanos;

    FoldingReader(PacketReader delegate, ReentrantLock lock, boolean asRecorded, EvidenceRecorder evidence) {
        this.delegate = delegate;
        this.lock = lock;
        this.asRecorded = asRecorded;
        this.evidence = evidence;
    }

    @Override
    public CapturedPacket next() throws IOException {
        if (lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
        CapturedPacket packet = delegate.next();
        if (packet == null) {
            return null;
        }
        if (asRecorded) {
            pace(packet);
        }
        if (evidence != null && Decapsulator.unwrap(packet) instanceof UdpDatagram udp) {
            evidence.record(packet.ref(), udp.payload(), udp.sourcePort(), udp.destinationPort());
        }
        lock.lock();
        return packet;
    }

    private void pace(CapturedPacket packet) {
        Instant time = packet.ref().time();
        if (time == null) {
            return;
        }
        if (firstPacket == null) {
            firstPacket = time;
            startNanos = System.nanoTime();
            return;
        }
        long due = startNanos + Duration.between(firstPacket, time).toNanos();
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
        delegate.close();
    }
}
