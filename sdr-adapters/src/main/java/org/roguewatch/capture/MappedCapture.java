package org.roguewatch.capture;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A capture file mapped read-only into memory one window at a time, so files larger than a
 * {@link ByteBuffer} can address (2 GiB) are read without copying. A region that does not fit in
 * the current window makes the window move to start at that region.
 *
 * <p>Regions handed out stay valid after the window moves and after {@link #close()}: each keeps
 * its own mapping alive until it is garbage collected (the JDK offers no explicit unmap).
 */
final class MappedCapture implements Closeable {
    /** Large enough that remapping is rare, small enough to keep address space modest. */
    static final int DEFAULT_WINDOW = 256 << 20;

    private final FileChannel channel;
    private final long size;
    private final int windowSize;
    private MappedByteBuffer window;
    private long windowStart;

    MappedCapture(Path file, int windowSize) throws IOException {
        if (windowSize <= 0) {
            throw new IllegalArgumentException("window size " + windowSize);
        }
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.size = channel.size();
        this.windowSize = windowSize;
    }

    long size() {
        return size;
    }

    /**
     * A read-only, big-endian view of {@code length} bytes at {@code offset}; the caller has
     * checked that they lie inside the file.
     */
    ByteBuffer region(long offset, int length) throws IOException {
        if (offset < 0 || length < 0 || offset + length > size) {
            throw new IllegalArgumentException("region " + offset + "+" + length + " outside a " + size + "-byte file");
        }
        if (window == null || offset < windowStart || offset + length > windowStart + window.capacity()) {
            long mapLength = Math.min(Math.max(windowSize, length), size - offset);
            window = channel.map(FileChannel.MapMode.READ_ONLY, offset, mapLength);
            windowStart = offset;
        }
        ByteBuffer region = window.slice((int) (offset - windowStart), length);
        // A READ_ONLY map already yields read-only slices; wrapping again would cost an object per packet.
        return region.isReadOnly() ? region : region.asReadOnlyBuffer();
    }

    @Override
    public void close() throws IOException {
        window = null;
        channel.close();
    }
}
