package org.roguewatch.agent;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.roguewatch.capture.CaptureFiles;
import org.roguewatch.capture.CapturedPacket;
import org.roguewatch.capture.Decapsulator;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.capture.PacketReader;
import org.roguewatch.capture.PcapWriter;
import org.roguewatch.capture.UdpDatagram;
import org.roguewatch.uplink.EvidenceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The probe's local evidence: every GSMTAP datagram its sources hear, in rotating pcap files
 * ({@code evidence-000001.pcap}...), the oldest deleted once more than the configured number
 * exist. The agent ships observations, not frames; the analyzer asks for the frame a finding cites
 * by its frame reference, and {@link #frame} finds it through a per-file index (12 bytes a frame,
 * dropped with the file). Writes are serialised here, as all sources share the recorder.
 */
public final class EvidenceRecorder implements Closeable, EvidenceStore {
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceRecorder.class);
    /** Global header, and per datagram: record header, Ethernet, IPv4 and UDP headers. */
    private static final int FILE_OVERHEAD = 24;
    private static final int PACKET_OVERHEAD = 16 + 14 + 20 + 8;

    /** Which frame reference each packet of one evidence file carries, in file order. */
    private static final class FileIndex {
        private final Path file;
        private int[] sources = new int[1024];
        private long[] frames = new long[1024];
        private int packets;

        FileIndex(Path file) {
            this.file = file;
        }

        void add(int source, long frame) {
            if (packets == frames.length) {
                sources = Arrays.copyOf(sources, packets * 2);
                frames = Arrays.copyOf(frames, packets * 2);
            }
            sources[packets] = source;
            frames[packets++] = frame;
        }

        /** The packet's position in the file (0-based), or -1. */
        int find(int source, long frame) {
            for (int i = packets - 1; i >= 0; i--) {
                if (frames[i] == frame && sources[i] == source) {
                    return i;
                }
            }
            return -1;
        }
    }

    private final ProbeConfig.EvidenceSettings settings;
    private final Deque<Path> files = new ArrayDeque<>();
    private final Deque<FileIndex> indexes = new ArrayDeque<>();
    private final Map<String, Integer> sourceIds = new HashMap<>();
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
    public synchronized void record(FrameRef ref, ByteBuffer payload, int sourcePort, int destinationPort) {
        if (failed) {
            return;
        }
        try {
            if (writer == null || written >= settings.fileBytes()) {
                rotate();
            }
            Instant time = ref.time() == null ? Instant.now() : ref.time();
            writer.writeUdp(time, payload, sourcePort, destinationPort);
            written += PACKET_OVERHEAD + payload.remaining();
            indexes.peekLast().add(sourceIds.computeIfAbsent(ref.source(), s -> sourceIds.size()), ref.frame());
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
        indexes.addLast(new FileIndex(file));
        while (files.size() > settings.files()) {
            Path oldest = files.removeFirst();
            if (!indexes.isEmpty() && indexes.peekFirst().file.equals(oldest)) {
                indexes.removeFirst();
            }
            Files.deleteIfExists(oldest);
        }
    }

    /**
     * The frame as a one-packet pcap, if a kept evidence file holds it. Frames recorded before the
     * probe restarted are not indexed and so not found.
     */
    @Override
    public synchronized Optional<byte[]> frame(String source, long frame) {
        Integer sourceId = sourceIds.get(source);
        if (sourceId == null) {
            return Optional.empty();
        }
        for (Iterator<FileIndex> newestFirst = indexes.descendingIterator(); newestFirst.hasNext(); ) {
            FileIndex index = newestFirst.next();
            int position = index.find(sourceId, frame);
            if (position >= 0) {
                try {
                    return Optional.ofNullable(extract(index.file, position));
                } catch (IOException e) {
                    LOG.warn("evidence {}: cannot read packet {}: {}", index.file, position, e.getMessage());
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private byte[] extract(Path file, int position) throws IOException {
        if (writer != null) {
            writer.flush();
        }
        try (PacketReader reader = CaptureFiles.open(file, (reason, where, detail) -> { })) {
            CapturedPacket packet = null;
            for (int i = 0; i <= position; i++) {
                packet = reader.next();
                if (packet == null) {
                    return null;
                }
            }
            if (!(Decapsulator.unwrap(packet) instanceof UdpDatagram udp)) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PcapWriter single = new PcapWriter(out, PcapWriter.Resolution.NANOSECONDS)) {
                single.writeUdp(packet.ref().time(), udp.payload(), udp.sourcePort(), udp.destinationPort());
            }
            return out.toByteArray();
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
