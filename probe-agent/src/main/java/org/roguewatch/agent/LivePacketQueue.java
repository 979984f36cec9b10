package org.roguewatch.agent;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.roguewatch.capture.CapturedPacket;
import org.roguewatch.capture.PacketReader;

/**
 * Turns a live capture's callbacks into a {@link PacketReader} that ends when closed, so live
 * packets go through the same replay path as files. Bounded: when folding falls behind, packets
 * are dropped and counted rather than memory growing without end.
 */
final class LivePacketQueue implements PacketReader {
    private final BlockingQueue<CapturedPacket> queue = new ArrayBlockingQueue<>(65_536);
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean closed;

    void offer(CapturedPacket packet) {
        if (!queue.offer(packet)) {
            dropped.incrementAndGet();
        }
    }

    long dropped() {
        return dropped.get();
    }

    @Override
    public CapturedPacket next() {
        try {
            while (!closed) {
                CapturedPacket packet = queue.poll(100, TimeUnit.MILLISECONDS);
                if (packet != null) {
                    return packet;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    @Override
    public void close() {
        closed = true;
    }
}
