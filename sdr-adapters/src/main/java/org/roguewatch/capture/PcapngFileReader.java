package org.roguewatch.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.roguewatch.decode.MalformedSink;

/**
 * Reads a pcapng file (draft-ietf-opsawg-pcapng) from a read-only memory map; every
 * {@link CapturedPacket#data()} is a read-only slice of the map. Sections may follow one another
 * in either byte order; each starts afresh with its own interfaces. Enhanced, Simple and the
 * obsolete Packet Blocks yield packets; every other block is legal and skipped, and counted in
 * {@link #skippedBlocks()}.
 *
 * <p>Frames are numbered from 1 across the whole file so that frame N here is frame N in
 * Wireshark. Wireshark (checked against tshark 4.0) also lists custom blocks, systemd journal
 * entries and Sysdig events as frames, so those blocks use up a frame number though they yield no
 * packet; name resolution, statistics, decryption secrets and unknown blocks do not.
 *
 * <p>A block whose length is not a multiple of 4, below 12, beyond the end of the file or not
 * repeated at its end ({@code pcapng.bad-block-length}), a block cut short by the end of the file
 * ({@code pcapng.truncated-block}), a section header with a bad byte-order magic or major version,
 * or an interface block too short to read, is reported to the {@link MalformedSink} and ends the
 * capture. A packet block whose framing is sound but whose content is not (captured length beyond
 * its block, unknown interface, time beyond {@link Instant}'s range) is reported, keeps its frame
 * number, and reading goes on with the next block, since the block lengths still frame the file.
 */
public final class PcapngFileReader implements PacketReader {
    static final int SECTION_HEADER = 0x0A0D0D0A;
    static final int INTERFACE_DESCRIPTION = 0x00000001;
    static final int OBSOLETE_PACKET = 0x00000002;
    static final int SIMPLE_PACKET = 0x00000003;
    static final int ENHANCED_PACKET = 0x00000006;
    static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    /**
     * Block types Wireshark shows as frames although they hold no packet: systemd journal export,
     * Sysdig events (v1, with flags, v2, v2 with flags, large v2 of both) and custom blocks.
     */
    private static final Set<Integer> FRAMES_WITHOUT_PACKETS = Set.of(
            0x00000009, 0x00000204, 0x00000208, 0x00000216, 0x00000217, 0x00000221, 0x00000222,
            0x00000BAD, 0x40000BAD);
    /** Blocks beyond this are not believed; it also bounds any one memory mapping. */
    static final long LARGEST_BLOCK = 256L << 20;

    private static final int OPT_ENDOFOPT = 0;
    private static final int IF_TSRESOL = 9;
    private static final int IF_TSOFFSET = 14;

    private final MappedCapture file;
    private final String source;
    private final MalformedSink sink;
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final List<PcapngInterface> interfaces = new ArrayList<>();
    private ByteOrder order;
    private long position;
    private long nextFrame = 1;
    private Instant lastTime = Instant.EPOCH;
    private boolean ended;

    /** @throws IOException when the file cannot be opened or does not start with a section header block */
    public PcapngFileReader(Path path, MalformedSink sink) throws IOException {
        this(path, sink, MappedCapture.DEFAULT_WINDOW);
    }

    PcapngFileReader(Path path, MalformedSink sink, int windowSize) throws IOException {
        this.file = new MappedCapture(path, windowSize);
        this.source = path.toString();
        this.sink = sink;
        ByteBuffer start = file.region(0, (int) Math.min(file.size(), 4));
        if (start.remaining() < 4 || start.getInt(0) != SECTION_HEADER) {
            file.close();
            throw new IOException(source + " is not a pcapng capture (starts with " + CaptureFiles.hexStart(start) + ")");
        }
    }

    /**
     * Blocks read past without use, by type ({@code pcapng.block-0x00000004} for a name
     * resolution block, {@code -0x00000005} interface statistics, {@code -0x0000000a} decryption
     * secrets, {@code -0x00000bad}/{@code -0x40000bad} custom), in type order.
     */
    public Map<String, Integer> skippedBlocks() {
        return Collections.unmodifiableMap(skipped);
    }

    @Override
    public CapturedPacket next() throws IOException {
        while (!ended) {
            CapturedPacket packet = readBlock();
            if (packet != null) {
                return packet;
            }
        }
        return null;
    }

    /** Reads one block; returns its packet, or null for a block without one (or at the end). */
    private CapturedPacket readBlock() throws IOException {
        long remaining = file.size() - position;
        if (remaining == 0) {
            ended = true;
            return null;
        }
        if (remaining < 12) {
            return end("pcapng.truncated-block", "block at offset " + position + " has " + remaining
                    + " bytes, less than the 12 of the smallest block");
        }
        int type = file.region(position, 4).getInt(0);
        if (type == SECTION_HEADER) {
            // The type reads the same in both orders; the byte-order magic then fixes the order.
            int magic = file.region(position + 8, 4).getInt(0);
            if (magic == BYTE_ORDER_MAGIC) {
                order = ByteOrder.BIG_ENDIAN;
            } else if (magic == Integer.reverseBytes(BYTE_ORDER_MAGIC)) {
                order = ByteOrder.LITTLE_ENDIAN;
            } else {
                return end("pcapng.bad-byte-order-magic", String.format(
                        "section header at offset %d has byte-order magic 0x%08x", position, magic));
            }
        } else if (order == null) {
            return end("pcapng.no-section-header", "file does not start with a section header block");
        } else {
            type = file.region(position, 4).order(order).getInt(0);
        }
        long length = Integer.toUnsignedLong(file.region(position + 4, 4).order(order).getInt(0));
        String lengthProblem = blockLengthProblem(length, remaining);
        if (lengthProblem != null) {
            return end("pcapng.bad-block-length", String.format("block 0x%08x at offset %d: %s", type, position, lengthProblem));
        }
        long trailing = Integer.toUnsignedLong(file.region(position + length - 4, 4).order(order).getInt(0));
        if (trailing != length) {
            return end("pcapng.bad-block-length", String.format(
                    "block 0x%08x at offset %d: length %d at its start but %d at its end", type, position, length, trailing));
        }
        long blockStart = position;
        ByteBuffer body = file.region(position + 8, (int) length - 12).order(order);
        position += length;
        return switch (type) {
            case SECTION_HEADER -> startSection(blockStart, body);
            case INTERFACE_DESCRIPTION -> addInterface(blockStart, body);
            case ENHANCED_PACKET -> enhancedPacket(blockStart, body);
            case SIMPLE_PACKET -> simplePacket(blockStart, body);
            case OBSOLETE_PACKET -> obsoletePacket(blockStart, body);
            default -> {
                skipped.merge(String.format("pcapng.block-0x%08x", type), 1, Integer::sum);
                if (FRAMES_WITHOUT_PACKETS.contains(type)) {
                    nextFrame++;
                }
                yield null;
            }
        };
    }

    private static String blockLengthProblem(long length, long remaining) {
        if (length < 12) {
            return "length " + length + " is below the minimum of 12";
        }
        if (length % 4 != 0) {
            return "length " + length + " is not a multiple of 4";
        }
        if (length > remaining) {
            return "length " + length + " runs past the end of the file (" + remaining + " bytes left)";
        }
        if (length > LARGEST_BLOCK) {
            return "length " + length + " exceeds the largest believed block of " + LARGEST_BLOCK + " bytes";
        }
        return null;
    }

    private CapturedPacket startSection(long offset, ByteBuffer body) {
        // SHB body: byte-order magic (4), major (2), minor (2), section length (8, -1 if unknown), options.
        if (body.remaining() < 16) {
            return end("pcapng.bad-block", "section header at offset " + offset + " has a " + body.remaining()
                    + "-byte body, less than 16");
        }
        int major = Short.toUnsignedInt(body.getShort(4));
        if (major != 1) {
            return end("pcapng.unsupported-version", "section header at offset " + offset + " has version "
                    + major + "." + Short.toUnsignedInt(body.getShort(6)) + ", only 1.x is defined");
        }
        interfaces.clear();
        return null;
    }

    private CapturedPacket addInterface(long offset, ByteBuffer body) {
        // IDB body: LinkType (2), reserved (2), SnapLen (4), options.
        if (body.remaining() < 8) {
            return end("pcapng.bad-block", "interface description at offset " + offset + " has a "
                    + body.remaining() + "-byte body, less than 8");
        }
        int linkType = Short.toUnsignedInt(body.getShort(0));
        long snaplen = Integer.toUnsignedLong(body.getInt(4));
        int resolution = PcapngInterface.DEFAULT_RESOLUTION;
        long offsetSeconds = 0;
        int at = 8;
        while (body.remaining() - at >= 4) {
            int code = Short.toUnsignedInt(body.getShort(at));
            int valueLength = Short.toUnsignedInt(body.getShort(at + 2));
            if (code == OPT_ENDOFOPT) {
                break;
            }
            if (valueLength > body.remaining() - at - 4) {
                sink.malformed("pcapng.bad-option", new FrameRef(source, nextFrame, lastTime), String.format(
                        "interface description at offset %d: option %d claims %d bytes, %d left; later options ignored",
                        offset, code, valueLength, body.remaining() - at - 4));
                break;
            }
            if (code == IF_TSRESOL && valueLength == 1) {
                resolution = Byte.toUnsignedInt(body.get(at + 4));
            } else if (code == IF_TSOFFSET && valueLength == 8) {
                offsetSeconds = body.getLong(at + 4);
            }
            at += 4 + ((valueLength + 3) & ~3);
        }
        interfaces.add(new PcapngInterface(linkType, snaplen, resolution, offsetSeconds));
        return null;
    }

    private CapturedPacket enhancedPacket(long offset, ByteBuffer body) {
        // EPB body: Interface ID (4), Timestamp upper (4), lower (4), Captured length (4), Original length (4), data.
        if (body.remaining() < 20) {
            return skipPacket("pcapng.bad-block", "enhanced packet block at offset " + offset + " has a "
                    + body.remaining() + "-byte body, less than 20");
        }
        long interfaceId = Integer.toUnsignedLong(body.getInt(0));
        long timestamp = ((long) body.getInt(4) << 32) | Integer.toUnsignedLong(body.getInt(8));
        long caplen = Integer.toUnsignedLong(body.getInt(12));
        long wireLength = Integer.toUnsignedLong(body.getInt(16));
        return packet(offset, interfaceId, timestamp, true, body, 20, caplen, wireLength);
    }

    private CapturedPacket obsoletePacket(long offset, ByteBuffer body) {
        // PB body: Interface ID (2), Drops count (2), Timestamp upper (4), lower (4), Captured len (4), Packet len (4), data.
        if (body.remaining() < 20) {
            return skipPacket("pcapng.bad-block", "packet block at offset " + offset + " has a "
                    + body.remaining() + "-byte body, less than 20");
        }
        long interfaceId = Short.toUnsignedInt(body.getShort(0));
        long timestamp = ((long) body.getInt(4) << 32) | Integer.toUnsignedLong(body.getInt(8));
        long caplen = Integer.toUnsignedLong(body.getInt(12));
        long wireLength = Integer.toUnsignedLong(body.getInt(16));
        return packet(offset, interfaceId, timestamp, true, body, 20, caplen, wireLength);
    }

    private CapturedPacket simplePacket(long offset, ByteBuffer body) {
        // SPB body: Original Packet Length (4), data. The captured length is implied: the smaller of
        // the original length and interface 0's snapshot length (draft-ietf-opsawg-pcapng 4.4).
        if (body.remaining() < 4) {
            return skipPacket("pcapng.bad-block", "simple packet block at offset " + offset + " has a "
                    + body.remaining() + "-byte body, less than 4");
        }
        long wireLength = Integer.toUnsignedLong(body.getInt(0));
        long caplen = wireLength;
        if (!interfaces.isEmpty() && interfaces.get(0).snaplen() != 0) {
            caplen = Math.min(caplen, interfaces.get(0).snaplen());
        }
        return packet(offset, 0, 0, false, body, 4, caplen, wireLength);
    }

    private CapturedPacket packet(long offset, long interfaceId, long timestamp, boolean hasTime,
                                  ByteBuffer body, int dataStart, long caplen, long wireLength) {
        if (interfaceId >= interfaces.size()) {
            return skipPacket("pcapng.unknown-interface", "packet block at offset " + offset + " names interface "
                    + interfaceId + ", the section has " + interfaces.size());
        }
        if (caplen > body.remaining() - dataStart) {
            return skipPacket("pcapng.bad-caplen", "packet block at offset " + offset + " claims " + caplen
                    + " captured bytes, its block holds " + (body.remaining() - dataStart));
        }
        PcapngInterface link = interfaces.get((int) interfaceId);
        Instant time = lastTime;
        if (hasTime) {
            time = link.instant(timestamp);
            if (time == null) {
                return skipPacket("pcapng.bad-timestamp", String.format("packet block at offset %d: time stamp "
                        + "0x%016x at resolution code 0x%02x is beyond the representable range", offset, timestamp, link.resolution()));
            }
        }
        lastTime = time;
        ByteBuffer data = body.slice(dataStart, (int) caplen);
        return new CapturedPacket(new FrameRef(source, nextFrame++, time), link.linkType(), data,
                (int) Math.min(wireLength, Integer.MAX_VALUE));
    }

    private CapturedPacket skipPacket(String reason, String detail) {
        sink.malformed(reason, new FrameRef(source, nextFrame++, lastTime), detail + "; packet skipped");
        return null;
    }

    private CapturedPacket end(String reason, String detail) {
        ended = true;
        sink.malformed(reason, new FrameRef(source, nextFrame, lastTime), detail);
        return null;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
