package org.roguewatch.capture;

import java.io.Closeable;
import java.io.IOException;

/** A capture read packet by packet, in file order. */
public interface PacketReader extends Closeable {
    /**
     * @return the next packet, or {@code null} at the end of the capture (also after damage that
     *         makes the rest unreadable, which is reported to the reader's malformed sink first)
     * @throws IOException only when the underlying file cannot be read at all
     */
    CapturedPacket next() throws IOException;
}
