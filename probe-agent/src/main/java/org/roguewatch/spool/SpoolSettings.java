package org.roguewatch.spool;

import java.time.Duration;

/**
 * How large the spool may grow and how often it forces its writes to disk.
 *
 * @param maxBytes        upper bound on all segments together; past it the oldest segments are dropped
 * @param segmentBytes    a segment is closed and a new one started past this size
 * @param syncInterval    group commit: appended records are forced to disk at most this long after
 *                        being written (a power failure loses at most this much; a killed process loses
 *                        nothing that {@link Spool#append} returned for, the page cache keeps it)
 * @param syncEveryRecords force after this many unsynced records even when the interval has not passed
 */
public record SpoolSettings(long maxBytes, long segmentBytes, Duration syncInterval, int syncEveryRecords) {
    public static final SpoolSettings DEFAULTS = new SpoolSettings(1L << 30, 64L << 20, Duration.ofMillis(50), 1000);

    public SpoolSettings {
        if (segmentBytes < 1024 || maxBytes < 2 * segmentBytes) {
            throw new IllegalArgumentException("segments of at least 1 KiB, and room for two of them: segmentBytes "
                    + segmentBytes + ", maxBytes " + maxBytes);
        }
        if (syncInterval.isNegative() || syncEveryRecords < 1) {
            throw new IllegalArgumentException("sync interval must be >= 0 and sync-every >= 1");
        }
    }
}
