package org.roguewatch.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Instant;
import org.roguewatch.decode.MalformedSink;

/**
 * Reads a classic pcap file (tcpdump.org pcap-savefile(5), draft-ietf-opsawg-pcap) straight from
 * a read-only memory map: every {@link CapturedPacket#data()} is a read-only slice of the map,
 * never a copy. Both byte orders and both time stamp resolutions (magic {@code a1b2c3d4} for
 * microseconds, {@code a1b23c4d} for nanoseconds) are read; frames are numbered from 1 as
 * Wireshark numbers them.
 *
 * <p>Damage is reported to the {@link MalformedSink} and ends the capture: a record header or
 * record cut short by the end of the file ({@code pcap.truncated-record}), a captured length
 * beyond any plausible snapshot length ({@code pcap.bad-caplen}), a file header cut short
 * ({@code pcap.truncated-header}) or of an unknown version ({@code pcap.unsupported-version}).
 * There is no resynchronisation: classic pcap records carry no sync marker, so after a bad length
 * any guess at the next record would deliver garbage as packets.
 *
 * <p>A captured length above the file's own snapshot length but within libpcap's 256 KiB maximum
 * is reported as {@code pcap.caplen-over-snaplen} and the packet is still delivered in full, as
 * Wireshark does (libpcap would cut it to the snapshot length).
 */
public final class PcapFileReader implements PacketReader {
    /** The magic numbers as a big-endian writer lays them out; a little-endian file has them reversed. */
    static final int MAGIC_MICRO = 0xA1B2C3D4;
    static final int MAGIC_NANO = 0xA1B23C4D;
    static final int FILE_HEADER_LENGTH = 24;
    static final int RECORD_HEADER_LENGTH = 16;
    /** libpcap's MAXIMUM_SNAPLEN: no ordinary link type captures more per packet. */
    static final int MAXIMUM_SNAPLEN = 262_144;
    /** A file may declare a larger snapshot (D-Bus, USB), but nothing beyond this is believed. */
    static final int LARGEST_BELIEVED_SNAPLEN = 128 << 20;
    /**
     * The link-type field keeps the type in its low bits; the top bits carry the FCS length
     * (draft-ietf-opsawg-pcap "LinkType and additional information"; libpcap LT_LINKTYPE).
     */
    static final int LINK_TYPE_MASK = 0x03FF_FFFF;

    private final MappedCapture file;
    private final String source;
    private final MalformedSink sink;
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    private boolean nanosecond;
    private int snaplen;
    private int linkType = -1;
    private long maxCaplen;
    private long position;
    private long nextFrame = 1;
    private Instant lastTime = Instant.EPOCH;
    private boolean ended;

    /**
     * @throws IOException when the file cannot be opened or does not start with a pcap magic number
     */
    public PcapFileReader(Path path, MalformedSink sink) throws IOException {
        this(path, sink, MappedCapture.DEFAULT_WINDOW);
    }

    PcapFileReader(Path path, MalformedSink sink, int windowSize) throws IOException {
        this.file = new MappedCapture(path, windowSize);
        this.source = path.toString();
        this.sink = sink;
        try {
            readFileHeader();
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    private void readFileHeader() throws IOException {
        int available = (int) Math.min(file.size(), FILE_HEADER_LENGTH);
        ByteBuffer header = file.region(0, available);
        if (available < 4 || !isPcapMagic(header.getInt(0))) {
            throw new IOException(source + " is not a pcap capture (starts with " + CaptureFiles.hexStart(header) + ")");
        }
        int magic = header.getInt(0);
        order = magic == MAGIC_MICRO || magic == MAGIC_NANO ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        nanosecond = magic == MAGIC_NANO || magic == Integer.reverseBytes(MAGIC_NANO);
        if (available < FILE_HEADER_LENGTH) {
            report("pcap.truncated-header", "file header is " + available + " of " + FILE_HEADER_LENGTH + " bytes");
            return;
        }
        header.order(order);
        int major = Short.toUnsignedInt(header.getShort(4));
        if (major != 2) {
            report("pcap.unsupported-version", "file format version " + major + "." + Short.toUnsignedInt(header.getShort(6))
                    + ", only 2.x is defined");
            return;
        }
        long declaredSnaplen = Integer.toUnsignedLong(header.getInt(16));
        snaplen = (int) Math.min(declaredSnaplen, Integer.MAX_VALUE);
        linkType = header.getInt(20) & LINK_TYPE_MASK;
        maxCaplen = Math.max(MAXIMUM_SNAPLEN, Math.min(declaredSnaplen, LARGEST_BELIEVED_SNAPLEN));
        position = FILE_HEADER_LENGTH;
    }

    /** True for the four byte patterns a classic pcap file starts with, read big-endian. */
    static boolean isPcapMagic(int bigEndianFirstWord) {
        return bigEndianFirstWord == MAGIC_MICRO || bigEndianFirstWord == MAGIC_NANO
                || bigEndianFirstWord == Integer.reverseBytes(MAGIC_MICRO)
                || bigEndianFirstWord == Integer.reverseBytes(MAGIC_NANO);
    }

    /** The LINKTYPE_* of every packet, FCS bits masked; -1 when the file header was unusable. */
    public int linkType() {
        return linkType;
    }

    public int snaplen() {
        return snaplen;
    }

    public boolean nanosecondResolution() {
        return nanosecond;
    }

    public ByteOrder byteOrder() {
        return order;
    }

    @Override
    public CapturedPacket next() throws IOException {
        if (ended || linkType < 0) {
            return null;
        }
        long remaining = file.size() - position;
        if (remaining == 0) {
            ended = true;
            return null;
        }
        if (remaining < RECORD_HEADER_LENGTH) {
            return end("pcap.truncated-record", lastTime, "record header at offset " + position + " is "
                    + remaining + " of " + RECORD_HEADER_LENGTH + " bytes");
        }
        ByteBuffer header = file.region(position, RECORD_HEADER_LENGTH).order(order);
        long seconds = Integer.toUnsignedLong(header.getInt(0));
        long fraction = Integer.toUnsignedLong(header.getInt(4));
        long caplen = Integer.toUnsignedLong(header.getInt(8));
        long wireLength = Integer.toUnsignedLong(header.getInt(12));
        Instant time = Instant.ofEpochSecond(seconds, nanosecond ? fraction : fraction * 1000);
        if (caplen > maxCaplen) {
            return end("pcap.bad-caplen", time, "record at offset " + position + " claims " + caplen
                    + " captured bytes, more than the maximum of " + maxCaplen);
        }
        if (caplen > remaining - RECORD_HEADER_LENGTH) {
            return end("pcap.truncated-record", time, "record at offset " + position + " claims " + caplen
                    + " captured bytes, the file has only " + (remaining - RECORD_HEADER_LENGTH) + " left");
        }
        long frame = nextFrame++;
        FrameRef ref = new FrameRef(source, frame, time);
        if (snaplen != 0 && caplen > snaplen) {
            sink.malformed("pcap.caplen-over-snaplen", ref, "captured length " + caplen
                    + " exceeds the file's snapshot length " + snaplen + "; packet kept in full");
        }
        ByteBuffer data = file.region(position + RECORD_HEADER_LENGTH, (int) caplen);
        position += RECORD_HEADER_LENGTH + caplen;
        lastTime = time;
        return new CapturedPacket(ref, linkType, data, (int) Math.min(wireLength, Integer.MAX_VALUE));
    }

    private CapturedPacket end(String reason, Instant time, String detail) {
        ended = true;
        sink.malformed(reason, new FrameRef(source, nextFrame, time), detail);
        return null;
    }

    private void report(String reason, String detail) {
        sink.malformed(reason, new FrameRef(source, nextFrame, Instant.EPOCH), detail);
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
