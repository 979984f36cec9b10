package org.roguewatch.capture;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.Pcaps;
import org.roguewatch.decode.MalformedSink;

/**
 * Reads a capture file through libpcap (via Pcap4J), with the same contract as the pure-Java
 * readers: it reads what libpcap reads (pcap, and pcapng as far as libpcap supports it), and it
 * serves as an independent cross-check of {@link PcapFileReader}. Time stamps are asked for in
 * nanoseconds; a libpcap too old for that gives microseconds. Each packet's data is a read-only
 * buffer over its own copy, since libpcap reuses its buffer.
 *
 * <p>An error libpcap reports while reading (a truncated record, a bad length) is reported to the
 * {@link MalformedSink} as {@code libpcap.read-error} and ends the capture.
 */
public final class Pcap4jPacketReader implements PacketReader {
    private final PcapHandle handle;
    private final String source;
    private final MalformedSink sink;
    private final int linkType;
    private long nextFrame = 1;
    private Instant lastTime = Instant.EPOCH;
    private boolean ended;

    private Pcap4jPacketReader(PcapHandle handle, String source, MalformedSink sink) {
        this.handle = handle;
        this.source = source;
        this.sink = sink;
        this.linkType = LinkTypes.fromDlt(handle.getDlt().value());
    }

    /**
     * @throws IOException when libpcap is missing (saying what to install) or cannot open the file
     */
    public static Pcap4jPacketReader open(Path path, MalformedSink sink) throws IOException {
        LibpcapLocator.ensureLoaded();
        String file = path.toString();
        PcapHandle handle;
        try {
            handle = Pcaps.openOffline(file, PcapHandle.TimestampPrecision.NANO);
        } catch (PcapNativeException nanoUnsupportedOrUnreadable) {
            try {
                handle = Pcaps.openOffline(file);
            } catch (PcapNativeException e) {
                throw new IOException(file + " cannot be read by libpcap: " + e.getMessage(), e);
            }
        }
        return new Pcap4jPacketReader(handle, file, sink);
    }

    /** The LINKTYPE_* of the file (libpcap's DLT_* mapped back). */
    public int linkType() {
        return linkType;
    }

    @Override
    public CapturedPacket next() throws IOException {
        if (ended) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = handle.getNextRawPacketEx();
        } catch (EOFException e) {
            ended = true;
            return null;
        } catch (PcapNativeException | TimeoutException e) {
            ended = true;
            sink.malformed("libpcap.read-error", new FrameRef(source, nextFrame, lastTime), e.getMessage());
            return null;
        } catch (NotOpenException e) {
            throw new IOException(source + " is closed", e);
        }
        Instant time = handle.getTimestamp().toInstant();
        lastTime = time;
        FrameRef ref = new FrameRef(source, nextFrame++, time);
        return new CapturedPacket(ref, linkType, ByteBuffer.wrap(bytes).asReadOnlyBuffer(), handle.getOriginalLength());
    }

    @Override
    public void close() {
        handle.close();
    }
}
