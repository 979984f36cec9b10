package org.roguewatch.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32C;
import org.roguewatch.uplink.RecordType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One segment file: an 8-octet header ({@code "RWSP"}, version, three zero octets), then records
 * {@code length(4) sequence(8) type(1) payload(length) crc32c(4)}, the CRC over sequence, type and
 * payload. Sequences inside a segment are consecutive from the one in the file name.
 */
final class Segment {
    private static final Logger LOG = LoggerFactory.getLogger(Segment.class);
    static final byte[] HEADER = {'R', 'W', 'S', 'P', 1, 0, 0, 0};
    static final int RECORD_OVERHEAD = 17;
    /** A record longer than this in a segment is corruption, not data. */
    static final int MAX_RECORD = 64 << 20;
    private static final String SUFFIX = ".seg";

    private final Path file;
    private final long firstSequence;
    private final FileChannel channel;
    private long[] offsets = new long[64];
    private int records;
    private long size;
    private long truncated;

    private Segment(Path file, long firstSequence, FileChannel channel) {
        this.file = file;
        this.firstSequence = firstSequence;
        this.channel = channel;
    }

    static Path fileFor(Path directory, long firstSequence) {
        return directory.resolve(String.format("%020d", firstSequence) + SUFFIX);
    }

    /** The first sequence a segment file holds, from its name, or -1 when the name is not a segment's. */
    static long firstSequenceOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(SUFFIX) || name.length() != 20 + SUFFIX.length()) {
            return -1;
        }
        try {
            return Long.parseLong(name.substring(0, 20));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static Segment create(Path directory, long firstSequence) throws IOException {
        Path file = fileFor(directory, firstSequence);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        Segment segment = new Segment(file, firstSequence, channel);
        segment.writeFully(ByteBuffer.wrap(HEADER), 0);
        segment.size = HEADER.length;
        return segment;
    }

    /**
     * Opens a segment and scans it; the first record that is incomplete, fails its CRC or breaks the
     * sequence ends the segment and the file is truncated there.
     *
     * @return the segment, and how many bytes were cut off in {@link #truncatedBytes}
     */
    static Segment recover(Path file, long firstSequence) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        Segment segment = new Segment(file, firstSequence, channel);
        segment.scan();
        return segment;
    }

    long truncatedBytes() {
        return truncated;
    }

    private void scan() throws IOException {
        long length = channel.size();
        ByteBuffer header = ByteBuffer.allocate(HEADER.length);
        readFully(header, 0);
        if (length < HEADER.length || !Arrays.equals(header.array(), HEADER)) {
            LOG.warn("spool segment {} has no valid header ({} bytes); starting it afresh", file, length);
            truncated = length;
            channel.truncate(0);
            writeFully(ByteBuffer.wrap(HEADER), 0);
            size = HEADER.length;
            return;
        }
        long position = HEADER.length;
        ByteBuffer head = ByteBuffer.allocate(13);
        while (position < length) {
            String problem = null;
            if (length - position < RECORD_OVERHEAD) {
                problem = "incomplete record header";
            } else {
                head.clear();
                readFully(head, position);
                int payloadLength = head.getInt(0);
                long sequence = head.getLong(4);
                if (payloadLength < 0 || payloadLength > MAX_RECORD) {
                    problem = "record length " + payloadLength;
                } else if (length - position < RECORD_OVERHEAD + (long) payloadLength) {
                    problem = "incomplete record of " + payloadLength + " bytes";
                } else if (RecordType.ofCode(head.get(12) & 0xFF) == null
                        || !RecordType.ofCode(head.get(12) & 0xFF).isBatch()) {
                    problem = "record type " + (head.get(12) & 0xFF);
                } else if (sequence != firstSequence + records) {
                    problem = "sequence " + sequence + " where " + (firstSequence + records) + " was due";
                } else if (!crcMatches(position, payloadLength)) {
                    problem = "CRC mismatch";
                }
                if (problem == null) {
                    index(position);
                    position += RECORD_OVERHEAD + payloadLength;
                    continue;
                }
            }
            truncated = length - position;
            LOG.warn("spool segment {}: {} at offset {}; truncating {} bytes (records before it kept: {})", file,
                    problem, position, truncated, records);
            channel.truncate(position);
            channel.force(true);
            break;
        }
        size = position;
    }

    private boolean crcMatches(long position, int payloadLength) throws IOException {
        ByteBuffer body = ByteBuffer.allocate(9 + payloadLength + 4);
        readFully(body, position + 4);
        CRC32C crc = new CRC32C();
        crc.update(body.array(), 0, 9 + payloadLength);
        return (int) crc.getValue() == body.getInt(9 + payloadLength);
    }

    /** Appends the record with the next sequence of this segment. */
    long append(RecordType type, byte[] payload) throws IOException {
        long sequence = nextSequence();
        ByteBuffer record = ByteBuffer.allocate(RECORD_OVERHEAD + payload.length);
        record.putInt(payload.length).putLong(sequence).put((byte) type.code()).put(payload);
        CRC32C crc = new CRC32C();
        crc.update(record.array(), 4, 9 + payload.length);
        record.putInt((int) crc.getValue());
        record.flip();
        writeFully(record, size);
        index(size);
        size += record.capacity();
        return sequence;
    }

    SpooledRecord read(long sequence) throws IOException {
        int index = (int) (sequence - firstSequence);
        long position = offsets[index];
        ByteBuffer head = ByteBuffer.allocate(13);
        readFully(head, position);
        int payloadLength = head.getInt(0);
        byte[] payload = new byte[payloadLength];
        readFully(ByteBuffer.wrap(payload), position + 13);
        RecordType type = RecordType.ofCode(head.get(12) & 0xFF);
        return new SpooledRecord(sequence, type, payload);
    }

    private void index(long position) {
        if (records == offsets.length) {
            offsets = Arrays.copyOf(offsets, records * 2);
        }
        offsets[records++] = position;
    }

    private void writeFully(ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
    }

    private void readFully(ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                return;
            }
            at += read;
        }
    }

    void sync() throws IOException {
        channel.force(false);
    }

    void close() throws IOException {
        channel.close();
    }

    void delete() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }

    long firstSequence() {
        return firstSequence;
    }

    /** The sequence the next record appended here gets. */
    long nextSequence() {
        return firstSequence + records;
    }

    int records() {
        return records;
    }

    long size() {
        return size;
    }

    Path file() {
        return file;
    }
}
