package org.roguewatch.spool;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.roguewatch.uplink.RecordType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable, append-only spool of records waiting for the analyzer's acknowledgement.
 *
 * <p>Sequences are assigned here, from 1, and never reused: the newest segment is never deleted,
 * so its name and record count give the next sequence after a restart even when everything was
 * acknowledged. Writes go to the file at once (a killed process loses nothing {@link #append}
 * returned for) and are forced to disk by group commit (see {@link SpoolSettings#syncInterval()}).
 * When the segments together exceed {@link SpoolSettings#maxBytes()} the oldest segment is dropped
 * unsent, counted in {@link SpoolStats#droppedRecords()} and logged.
 */
public final class Spool implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(Spool.class);

    private final Path directory;
    private final SpoolSettings settings;
    private final TreeMap<Long, Segment> segments = new TreeMap<>();
    private final List<Runnable> appendListeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService syncer;
    private final Recovery recovery;
    private Segment active;
    private long bytes;
    private long acknowledged;
    private long droppedRecords;
    private long droppedSegments;
    private int unsynced;
    private long lastSyncNanos = System.nanoTime();
    private boolean closed;

    private Spool(Path directory, SpoolSettings settings) throws IOException {
        this.directory = directory;
        this.settings = settings;
        this.recovery = recover();
        this.syncer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "spool-sync " + directory.getFileName());
            thread.setDaemon(true);
            return thread;
        });
        long periodMillis = Math.max(1, settings.syncInterval().toMillis());
        syncer.scheduleWithFixedDelay(this::syncIfDue, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Opens (creating if needed) the spool in {@code directory}, recovering what is there. */
    public static Spool open(Path directory, SpoolSettings settings) throws IOException {
        Files.createDirectories(directory);
        return new Spool(directory, settings);
    }

    private Recovery recover() throws IOException {
        long start = System.nanoTime();
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(file -> Segment.firstSequenceOf(file) > 0).sorted().toList();
        }
        long records = 0;
        long truncated = 0;
        for (Path file : files) {
            Segment segment = Segment.recover(file, Segment.firstSequenceOf(file));
            Segment previous = segments.isEmpty() ? null : segments.lastEntry().getValue();
            if (previous != null && segment.firstSequence() < previous.nextSequence()) {
                // Overlapping names can only come from tampering or a copied-in file: keep the older data.
                LOG.warn("spool segment {} overlaps {}; ignoring it", file, previous.file());
                segment.close();
                continue;
            }
            segments.put(segment.firstSequence(), segment);
            records += segment.records();
            truncated += segment.truncatedBytes();
            bytes += segment.size();
        }
        if (segments.isEmpty()) {
            active = Segment.create(directory, 1);
            segments.put(1L, active);
            bytes += active.size();
        } else {
            active = segments.lastEntry().getValue();
            acknowledged = segments.firstKey() - 1;
        }
        Recovery result = new Recovery(files.size(), records, truncated, Duration.ofNanos(System.nanoTime() - start));
        LOG.info("spool {}: {} segment(s), {} record(s) recovered, {} byte(s) truncated, next sequence {} ({} ms)",
                directory, result.segments(), records, truncated, active.nextSequence(), result.took().toMillis());
        return result;
    }

    public Recovery recovery() {
        return recovery;
    }

    /**
     * Writes a record and returns its sequence. The record is in the file when this returns; it is
     * on disk after the next group commit.
     */
    public long append(RecordType type, byte[] payload) throws IOException {
        if (!type.isBatch()) {
            throw new IllegalArgumentException(type + " is not spooled");
        }
        long sequence;
        synchronized (this) {
            if (closed) {
                throw new IOException("spool " + directory + " is closed");
            }
            if (active.records() > 0 && active.size() + Segment.RECORD_OVERHEAD + payload.length
                    > settings.segmentBytes()) {
                roll();
            }
            long before = active.size();
            sequence = active.append(type, payload);
            bytes += active.size() - before;
            dropOldestWhileFull();
            unsynced++;
            if (unsynced >= settings.syncEveryRecords()
                    || System.nanoTime() - lastSyncNanos >= settings.syncInterval().toNanos()) {
                syncNow();
            }
        }
        for (Runnable listener : appendListeners) {
            listener.run();
        }
        return sequence;
    }

    private void roll() throws IOException {
        active.sync();
        Segment next = Segment.create(directory, active.nextSequence());
        segments.put(next.firstSequence(), next);
        bytes += next.size();
        active = next;
    }

    private void dropOldestWhileFull() throws IOException {
        while (bytes > settings.maxBytes() && segments.size() > 1) {
            Segment oldest = segments.pollFirstEntry().getValue();
            long lost = oldest.nextSequence() - Math.max(oldest.firstSequence(), acknowledged + 1);
            bytes -= oldest.size();
            oldest.delete();
            if (lost > 0) {
                droppedRecords += lost;
                droppedSegments++;
                LOG.warn("spool {} full ({} > {} bytes): dropped segment {} with {} unsent record(s); "
                        + "{} dropped since start", directory, bytes + oldest.size(), settings.maxBytes(),
                        oldest.file().getFileName(), lost, droppedRecords);
            }
            acknowledged = Math.max(acknowledged, oldest.nextSequence() - 1);
        }
    }

    /**
     * Up to {@code maxRecords} records from {@code sequence} on (or from the oldest still held, when
     * older ones were dropped), stopping once {@code maxBytes} of payload are collected.
     */
    public synchronized List<SpooledRecord> read(long sequence, int maxRecords, long maxBytes) throws IOException {
        List<SpooledRecord> out = new ArrayList<>();
        long next = Math.max(sequence, segments.firstKey());
        long payloadBytes = 0;
        while (out.size() < maxRecords && payloadBytes < maxBytes) {
            Map.Entry<Long, Segment> entry = segments.floorEntry(next);
            if (entry == null) {
                break;
            }
            Segment segment = entry.getValue();
            if (next >= segment.nextSequence()) {
                Map.Entry<Long, Segment> following = segments.higherEntry(entry.getKey());
                if (following == null) {
                    break;
                }
                next = following.getKey();
                continue;
            }
            SpooledRecord record = segment.read(next);
            out.add(record);
            payloadBytes += record.payload().length;
            next++;
        }
        return out;
    }

    /**
     * The analyzer holds everything up to {@code sequence}: segments wholly at or below it are
     * deleted (the active one stays, it carries the sequence forward).
     */
    public synchronized void acknowledge(long sequence) throws IOException {
        if (sequence <= acknowledged) {
            return;
        }
        acknowledged = Math.min(sequence, active.nextSequence() - 1);
        while (segments.size() > 1) {
            Segment oldest = segments.firstEntry().getValue();
            if (oldest.nextSequence() - 1 > acknowledged) {
                break;
            }
            segments.pollFirstEntry();
            bytes -= oldest.size();
            oldest.delete();
        }
    }

    /** Runs after every append, outside the spool's lock (the uplink wakes its sender with it). */
    public void onAppend(Runnable listener) {
        appendListeners.add(listener);
    }

    /** The sequence of the newest record appended, 0 when none ever was. */
    public synchronized long lastSequence() {
        return active.nextSequence() - 1;
    }

    public synchronized SpoolStats stats() {
        long last = active.nextSequence() - 1;
        return new SpoolStats(last - acknowledged, bytes, segments.size(), droppedRecords, droppedSegments, last,
                acknowledged);
    }

    /** Forces every written record to disk now. */
    public synchronized void sync() throws IOException {
        syncNow();
    }

    private void syncNow() throws IOException {
        if (unsynced > 0) {
            active.sync();
            unsynced = 0;
        }
        lastSyncNanos = System.nanoTime();
    }

    private synchronized void syncIfDue() {
        if (closed || unsynced == 0) {
            return;
        }
        try {
            syncNow();
        } catch (IOException e) {
            LOG.error("spool {}: group commit failed", directory, e);
        }
    }

    @Override
    public void close() throws IOException {
        // Never interrupt the syncer: an interrupt inside force() closes the segment's channel.
        syncer.shutdown();
        try {
            syncer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            syncNow();
            closed = true;
            for (Segment segment : segments.values()) {
                segment.close();
            }
        }
    }
}
