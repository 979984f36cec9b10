package org.roguewatch.capture;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * Writes a classic pcap file (LINKTYPE_ETHERNET) of UDP datagrams, each wrapped as
 * Ethernet / IPv4 127.0.0.1 → 127.0.0.1 / UDP the way a capture on a Linux loopback interface
 * shows them, so Wireshark and our readers treat the file like a real capture. Records are
 * written little-endian, as libpcap does on x86 and ARM. Not thread-safe.
 */
public final class PcapWriter implements Closeable {
    /** Time stamp resolution, which also selects the file's magic number. */
    public enum Resolution { MICROSECONDS, NANOSECONDS }

    /** Large enough for any IPv4 UDP datagram in Ethernet. */
    static final int SNAPLEN = PcapFileReader.MAXIMUM_SNAPLEN;
    /** An IPv4 total length is 16 bits: 65535 minus the IPv4 (20) and UDP (8) headers. */
    public static final int MAX_PAYLOAD = 65_535 - 20 - 8;

    private static final int ETHERNET_HEADER_LENGTH = 14;
    private static final int IPV4_HEADER_LENGTH = 20;
    private static final int UDP_HEADER_LENGTH = 8;
    private static final int HEADERS_LENGTH = ETHERNET_HEADER_LENGTH + IPV4_HEADER_LENGTH + UDP_HEADER_LENGTH;
    private static final int LOOPBACK = 0x7F00_0001;
    private static final byte[] ZERO_MAC_ADDRESSES = new byte[12];
    private static final int TTL = 64;
    private static final int FLAG_DONT_FRAGMENT = 0x4000;
    private static final int ETHERTYPE_IPV4 = 0x0800;
    private static final int PROTO_UDP = 17;
    /** Instants a u32 seconds field can hold: 1970-01-01 up to 2106-02-07. */
    private static final long MAX_SECONDS = 0xFFFF_FFFFL;

    private final OutputStream out;
    private final Resolution resolution;
    private final ByteBuffer record = ByteBuffer.allocate(16 + HEADERS_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
    private int identification;
    private boolean closed;

    /** Creates (or replaces) {@code path} and writes the file header. */
    public static PcapWriter create(Path path, Resolution resolution) throws IOException {
        return new PcapWriter(Files.newOutputStream(path), resolution);
    }

    /** Writes the file header to {@code out}, which this writer buffers and closes. */
    public PcapWriter(OutputStream out, Resolution resolution) throws IOException {
        this.out = new BufferedOutputStream(Objects.requireNonNull(out, "out"), 1 << 16);
        this.resolution = Objects.requireNonNull(resolution, "resolution");
        ByteBuffer header = ByteBuffer.allocate(PcapFileReader.FILE_HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(resolution == Resolution.NANOSECONDS ? PcapFileReader.MAGIC_NANO : PcapFileReader.MAGIC_MICRO);
        header.putShort((short) 2).putShort((short) 4); // format version 2.4
        header.putInt(0).putInt(0); // thiszone, sigfigs: always 0
        header.putInt(SNAPLEN).putInt(LinkTypes.ETHERNET);
        this.out.write(header.array());
    }

    public void writeUdp(Instant time, byte[] payload, int sourcePort, int destinationPort) throws IOException {
        writeUdp(time, ByteBuffer.wrap(payload), sourcePort, destinationPort);
    }

    /** Writes one datagram carrying {@code payload}'s remaining bytes; its position is left unchanged. */
    public void writeUdp(Instant time, ByteBuffer payload, int sourcePort, int destinationPort) throws IOException {
        if (closed) {
            throw new IOException("pcap writer is closed");
        }
        checkPort(sourcePort);
        checkPort(destinationPort);
        long seconds = time.getEpochSecond();
        if (seconds < 0 || seconds > MAX_SECONDS) {
            throw new IllegalArgumentException(time + " is outside the pcap time range (1970 to 2106)");
        }
        int length = payload.remaining();
        if (length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("UDP payload of " + length + " bytes exceeds the IPv4 maximum of " + MAX_PAYLOAD);
        }
        int fraction = resolution == Resolution.NANOSECONDS ? time.getNano() : time.getNano() / 1000;
        int frameLength = HEADERS_LENGTH + length;

        record.clear().order(ByteOrder.LITTLE_ENDIAN);
        record.putInt((int) seconds).putInt(fraction).putInt(frameLength).putInt(frameLength);
        record.order(ByteOrder.BIG_ENDIAN);
        // Ethernet: all-zero MAC addresses, as Linux loopback captures show.
        record.put(ZERO_MAC_ADDRESSES).putShort((short) ETHERTYPE_IPV4);
        int ipStart = record.position();
        record.put((byte) 0x45).put((byte) 0) // version 4, IHL 5; TOS 0
                .putShort((short) (IPV4_HEADER_LENGTH + UDP_HEADER_LENGTH + length))
                .putShort((short) identification++)
                .putShort((short) FLAG_DONT_FRAGMENT)
                .put((byte) TTL).put((byte) PROTO_UDP)
                .putShort((short) 0)
                .putInt(LOOPBACK).putInt(LOOPBACK);
        record.putShort(ipStart + 10, (short) internetChecksum(record.array(), ipStart, IPV4_HEADER_LENGTH, 0));
        int udpStart = record.position();
        record.putShort((short) sourcePort).putShort((short) destinationPort)
                .putShort((short) (UDP_HEADER_LENGTH + length)).putShort((short) 0);
        record.putShort(udpStart + 6, (short) udpChecksum(record.array(), udpStart, payload));

        out.write(record.array(), 0, record.position());
        if (payload.hasArray()) {
            out.write(payload.array(), payload.arrayOffset() + payload.position(), length);
        } else {
            byte[] copy = new byte[length];
            payload.duplicate().get(copy);
            out.write(copy);
        }
    }

    private static void checkPort(int port) {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("UDP port " + port + " is outside 0..65535");
        }
    }

    /**
     * The UDP checksum over the IPv4 pseudo-header, the UDP header and the payload (RFC 768);
     * a computed 0 is sent as 0xFFFF, since 0 means "no checksum".
     */
    private static int udpChecksum(byte[] header, int udpStart, ByteBuffer payload) {
        int udpLength = UDP_HEADER_LENGTH + payload.remaining();
        long sum = 0;
        sum += (LOOPBACK >>> 16) + (LOOPBACK & 0xFFFF); // source address
        sum += (LOOPBACK >>> 16) + (LOOPBACK & 0xFFFF); // destination address
        sum += PROTO_UDP + udpLength;
        sum = onesComplementSum(header, udpStart, UDP_HEADER_LENGTH, sum);
        for (int i = payload.position(); i < payload.limit(); i += 2) {
            int high = payload.get(i) & 0xFF;
            int low = i + 1 < payload.limit() ? payload.get(i + 1) & 0xFF : 0;
            sum += (high << 8) | low;
        }
        int checksum = fold(sum);
        return checksum == 0 ? 0xFFFF : checksum;
    }

    /** The Internet checksum (RFC 1071) of {@code length} bytes, which is even here. */
    static int internetChecksum(byte[] bytes, int start, int length, long initial) {
        return fold(onesComplementSum(bytes, start, length, initial));
    }

    private static long onesComplementSum(byte[] bytes, int start, int length, long sum) {
        for (int i = start; i < start + length; i += 2) {
            sum += ((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF);
        }
        return sum;
    }

    private static int fold(long sum) {
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int) (~sum & 0xFFFF);
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
        }
    }
}
