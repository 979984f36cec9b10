package org.roguewatch.agent;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;
import org.roguewatch.capture.PcapWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The probe's local evidence: every GSMTAP datagram its sources hear, in rotating pcap files
 * ({@code evidence-000001.pcap}...), the oldest deleted once more than the configured number
 * exist. The agent ships observations, not frames; these files are what an analyst opens when a
 * finding cites a frame. Writes are serialised here, as all sources share the recorder.
 */
public final class EvidenceRecorder implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceRecorder.class);
    /** Global header, and per datagram: record header, Ethernet, IPv4 and UDP headers. */
    private static final int FILE_OVERHEAD = 24;
    private static final int PACKET_OVERHEAD = 16 + 14 + 20 + 8;

    private final ProbeConfig.EvidenceSettings settings;
    private final Deque<Path> files = new ArrayDeque<>();
    private PcapWriter writer;
    private long written;
    private long counter;
    private boolean failed;

    public EvidenceRecorder(ProbeConfig.EvidenceSettings settings) throws IOException {
        this.settings = settings;
        Files.createDirectories(settings.directory());
        try (Stream<Path> existing = Files.list(settings.directory())) {
            existing.filter(f -> f.getFileName().toString().matches("evidence-\\d{6}\\.pcap")).sorted()
                    .forEach(files::addLast);
        }
        if (!files.isEmpty()) {
            String last = files.peekLast().getFileName().toString();
            counter = Long.parseLong(last.substring(9, 15));
        }
    }

    /** Records one datagram; an I/O failure is logged once and recording stops, the probe goes on. */
    public synchronized void record(Instant time, ByteBuffer payload, int sourcePort, int destinationPort) {
        if (failed) {
            return;
        }
        try {
            if (writer == null || written >= settings.fileBytes()) {
                rotate();
            }
            writer.writeUdp(time == null ? Instant.now() : time, payload, sourcePort, destinationPort);
            written += PACKET_OVERHEAD + payload.remaining();
        } catch (IOException | IllegalArgumentException e) {
            failed = true;
            LOG.error("evidence recording in {} stopped: {}", settings.directory(), e.getMessage());
        }
    }

    private void rotate() throws IOException {
        if (writer != null) {
            writer.close();
        }
        counter++;
        Path file = settings.directory().resolve(String.format("evidence-%06d.pcap", counter % 1_000_000));
        writer = PcapWriter.create(file, PcapWriter.Resolution.NANOSECONDS);
        written = FILE_OVERHEAD;
        files.addLast(file);
        while (files.size() > settings.files()) {
            Files.deleteIfExists(files.removeFirst());
        }
    }

    public synchronized void flush() throws IOException {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
