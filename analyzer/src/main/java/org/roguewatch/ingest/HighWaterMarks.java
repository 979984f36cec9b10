package org.roguewatch.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The highest sequence accepted from each probe, kept on disk so that an analyzer restart does not
 * accept a resent record a second time. One small file per probe holds two 16-octet slots
 * (sequence, CRC-32C, generation) written alternately and forced each time; a torn write spoils at
 * most the slot being written, and the other still holds the previous mark.
 */
public final class HighWaterMarks implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(HighWaterMarks.class);
    private static final int SLOT = 16;

    private final Path directory;
    private final Map<String, Mark> marks = new ConcurrentHashMap<>();

    /** One probe's mark and its file. Guarded by its own monitor. */
    static final class Mark {
        private final FileChannel file;
        private long accepted;
        private long persisted;
        private long generation;

        private Mark(FileChannel file, long accepted, long generation) {
            this.file = file;
            this.accepted = accepted;
            this.persisted = accepted;
            this.generation = generation;
        }

        synchronized long accepted() {
            return accepted;
        }

        /** Raises the in-memory mark; returns false (and changes nothing) for a sequence at or below it. */
        synchronized boolean advance(long sequence) {
            if (sequence <= accepted) {
                return false;
            }
            accepted = sequence;
            return true;
        }

        /** Writes the mark to disk if it moved; returns the mark now durable. */
        synchronized long persist() throws IOException {
            if (persisted == accepted) {
                return persisted;
            }
            generation++;
            ByteBuffer slot = ByteBuffer.allocate(SLOT);
            slot.putLong(accepted).putInt(0).putInt((int) generation);
            CRC32C crc = new CRC32C();
            crc.update(slot.array(), 0, 8);
            crc.update(slot.array(), 12, 4);
            slot.putInt(8, (int) crc.getValue());
            slot.rewind();
            long position = (generation % 2) * SLOT;
            while (slot.hasRemaining()) {
                position += file.write(slot, position);
            }
            file.force(false);
            persisted = accepted;
            return persisted;
        }
    }

    public HighWaterMarks(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    /** The probe's mark, loaded from disk on first use. */
    Mark of(String probeId) throws IOException {
        Mark mark = marks.get(probeId);
        if (mark != null) {
            return mark;
        }
        synchronized (marks) {
            mark = marks.get(probeId);
            if (mark == null) {
                mark = load(probeId);
                marks.put(probeId, mark);
            }
            return mark;
        }
    }

    public Path directory() {
        return directory;
    }

    /** The highest sequence accepted from the probe (0: none). */
    public long accepted(String probeId) throws IOException {
        return of(probeId).accepted();
    }

    private Mark load(String probeId) throws IOException {
        // Probe ids come from certificates; hex keeps any id a safe, unique file name.
        String name = HexFormat.of().formatHex(probeId.getBytes(StandardCharsets.UTF_8)) + ".hwm";
        Path path = directory.resolve(name);
        FileChannel file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        long best = 0;
        long bestGeneration = 0;
        ByteBuffer slot = ByteBuffer.allocate(SLOT);
        for (int i = 0; i < 2; i++) {
            slot.clear();
            int read = file.read(slot, (long) i * SLOT);
            if (read < SLOT) {
                continue;
            }
            CRC32C crc = new CRC32C();
            crc.update(slot.array(), 0, 8);
            crc.update(slot.array(), 12, 4);
            long generation = slot.getInt(12) & 0xFFFFFFFFL;
            if ((int) crc.getValue() != slot.getInt(8)) {
                LOG.warn("high-water mark {} slot {} is damaged; using the other", path, i);
                continue;
            }
            if (generation >= bestGeneration) {
                bestGeneration = generation;
                best = slot.getLong(0);
            }
        }
        return new Mark(file, best, bestGeneration);
    }

    /** Writes every mark that moved. */
    public void persistAll() throws IOException {
        for (Mark mark : marks.values()) {
            mark.persist();
        }
    }

    @Override
    public void close() throws IOException {
        persistAll();
        for (Mark mark : marks.values()) {
            mark.file.close();
        }
        marks.clear();
    }
}
