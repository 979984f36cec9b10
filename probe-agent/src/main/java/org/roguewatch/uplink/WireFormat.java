package org.roguewatch.uplink;

/**
 * The frame envelope: {@code magic(2) version(1) type(1) length(4) payload(length) crc32c(4)}, all
 * big-endian, the CRC-32C covering version, type, length and payload. See docs/wire-protocol.md.
 */
public final class WireFormat {
    /** "RW". */
    public static final int MAGIC = 0x5257;
    public static final int VERSION = 1;
    public static final int HEADER_LENGTH = 8;
    public static final int TRAILER_LENGTH = 4;
    /** Default limit on one frame's payload; larger frames close the connection. */
    public static final int DEFAULT_MAX_PAYLOAD = 16 * 1024 * 1024;

    private WireFormat() {
    }
}
