package org.roguewatch.spool;

/**
 * What the spool holds and what it had to drop.
 *
 * @param pendingRecords  records appended and not yet acknowledged
 * @param bytes           bytes of all segment files
 * @param segments        segment files
 * @param droppedRecords  records lost because the spool was full (oldest first), since start
 * @param droppedSegments segments dropped for that reason
 * @param lastSequence    the last sequence appended (0: none ever)
 * @param acknowledged    the highest sequence acknowledged
 */
public record SpoolStats(long pendingRecords, long bytes, int segments, long droppedRecords, long droppedSegments,
                         long lastSequence, long acknowledged) {
}
