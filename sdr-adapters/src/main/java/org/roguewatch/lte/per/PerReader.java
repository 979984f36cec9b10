package org.roguewatch.lte.per;

import java.nio.ByteBuffer;
import org.roguewatch.decode.DecodeException;

/**
 * Reads unaligned PER (X.691) bit by bit, most significant first. Every read past the end throws
 * {@link DecodeException} with reason {@code <layer>.truncated}; decoders catch it at their entry.
 * Clause numbers below are X.691 (08/2015).
 */
public final class PerReader {
    private final ByteBuffer buffer;
    private final int base;
    private final long endBit;
    private final String layer;
    private long bit;

    public PerReader(ByteBuffer buffer, String layer) {
        this(buffer, buffer.position(), (long) (buffer.limit() - buffer.position()) * 8, layer);
    }

    private PerReader(ByteBuffer buffer, int base, long endBit, String layer) {
        this.buffer = buffer;
        this.base = base;
        this.endBit = endBit;
        this.layer = layer;
    }

    public String layer() {
        return layer;
    }

    public long position() {
        return bit;
    }

    public long remaining() {
        return endBit - bit;
    }

    public boolean bit() {
        require(1, "bit");
        int octet = buffer.get(base + (int) (bit >>> 3)) & 0xff;
        boolean set = ((octet >>> (7 - (int) (bit & 7))) & 1) != 0;
        bit++;
        return set;
    }

    /** Up to 32 bits as an unsigned value in a long. */
    public long bitsLong(int count) {
        if (count < 0 || count > 32) {
            throw new IllegalArgumentException("bit count " + count);
        }
        require(count, count + "-bit field");
        long value = 0;
        for (int i = 0; i < count; i++) {
            int octet = buffer.get(base + (int) (bit >>> 3)) & 0xff;
            value = (value << 1) | ((octet >>> (7 - (int) (bit & 7))) & 1);
            bit++;
        }
        return value;
    }

    public int bits(int count) {
        if (count > 31) {
            throw new IllegalArgumentException("use bitsLong for " + count + " bits");
        }
        return (int) bitsLong(count);
    }

    public void skip(long count) {
        require(count, "skipped field");
        bit += count;
    }

    /** Bits needed for a constrained whole number with {@code range} values (10.5.7.1: the minimal bit field). */
    static int widthOf(long range) {
        return range <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(range - 1);
    }

    /** A constrained whole number in [lb, ub] (10.5.7.1, unaligned: a bit field of minimal width). */
    public long constrained(long lb, long ub) {
        if (ub < lb) {
            throw new IllegalArgumentException("empty range " + lb + ".." + ub);
        }
        long value = lb + bitsLong(widthOf(ub - lb + 1));
        if (value > ub) {
            throw error("constraint", "value " + value + " outside " + lb + ".." + ub);
        }
        return value;
    }

    public int constrainedInt(int lb, int ub) {
        return (int) constrained(lb, ub);
    }

    /** The extension bit of an extensible SEQUENCE, CHOICE or ENUMERATED (19.1, 22.5, 23.5). */
    public boolean extensionBit() {
        return bit();
    }

    /** The presence bitmap of a SEQUENCE's OPTIONAL/DEFAULT components (19.2). */
    public boolean[] optionals(int count) {
        boolean[] present = new boolean[count];
        for (int i = 0; i < count; i++) {
            present[i] = bit();
        }
        return present;
    }

    /** A normally small non-negative whole number (10.6). */
    public long normallySmall() {
        if (!bit()) {
            return bits(6);
        }
        int octets = lengthDeterminant();
        if (octets < 1 || octets > 4) {
            throw error("normally-small", "normally small number of " + octets + " octets");
        }
        return bitsLong(8 * octets);
    }

    /**
     * An ENUMERATED value (14): a root index in [0, rootCount), or, when extensible and the extension
     * bit is set, rootCount + the extension index.
     */
    public int enumerated(int rootCount, boolean extensible) {
        if (extensible && extensionBit()) {
            return rootCount + extensionIndex();
        }
        return constrainedInt(0, rootCount - 1);
    }

    /**
     * A CHOICE index (23): a root alternative, or rootCount + the extension alternative's index,
     * whose value then follows as an open type the caller must read or skip.
     */
    public int choice(int rootCount, boolean extensible) {
        if (extensible && extensionBit()) {
            return rootCount + extensionIndex();
        }
        return constrainedInt(0, rootCount - 1);
    }

    /** Most extension indices and counts RRC uses are below a few dozen; anything near int range is garbage. */
    private static final int MAX_EXTENSIONS = 256;

    private int extensionIndex() {
        long index = normallySmall();
        if (index >= MAX_EXTENSIONS) {
            throw error("extension-index", "extension index " + index + " is implausible");
        }
        return (int) index;
    }

    /** An unconstrained length determinant (11.9.4.2, unaligned): 7, 14 bits, or fragmentation. */
    public int lengthDeterminant() {
        if (!bit()) {
            return bits(7);
        }
        if (!bit()) {
            return bits(14);
        }
        throw error("fragmented", "fragmented length (16K+ items) is not used by RRC messages we decode");
    }

    /**
     * A constrained length (11.9.4.1): the item count of a SEQUENCE OF / string with SIZE(lb..ub),
     * encoded as a constrained number when ub < 64K, else as an unconstrained length.
     */
    public int length(int lb, int ub) {
        if (ub < 65536) {
            return constrainedInt(lb, ub);
        }
        int length = lengthDeterminant();
        if (length < lb || length > ub) {
            throw error("size", "size " + length + " outside " + lb + ".." + ub);
        }
        return length;
    }

    /** An OCTET STRING of SIZE(lb..ub) (17). */
    public byte[] octets(int lb, int ub) {
        int count = lb == ub ? lb : length(lb, ub);
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            out[i] = (byte) bits(8);
        }
        return out;
    }

    /** An OCTET STRING without size constraint (17.8). */
    public byte[] octets() {
        int count = lengthDeterminant();
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            out[i] = (byte) bits(8);
        }
        return out;
    }

    /**
     * An open type (10.2): an unconstrained length in octets, then that many octets holding a
     * complete encoding. Returns a reader over those octets and moves past them, so an unknown
     * extension can be skipped exactly.
     */
    public PerReader openType() {
        int octets = lengthDeterminant();
        require((long) octets * 8, "open type of " + octets + " octets");
        if ((bit & 7) == 0) {
            PerReader inner = new PerReader(buffer, base + (int) (bit >>> 3), (long) octets * 8, layer);
            bit += (long) octets * 8;
            return inner;
        }
        byte[] copy = new byte[octets];
        for (int i = 0; i < octets; i++) {
            copy[i] = (byte) bits(8);
        }
        return new PerReader(ByteBuffer.wrap(copy), layer);
    }

    public void skipOpenType() {
        openType();
    }

    /**
     * The extension additions of an extensible SEQUENCE whose extension bit was set (19.7, 19.8): a
     * normally small length (count − 1), a presence bitmap, then each present addition as an open
     * type. Returns the open types by addition index (null where absent).
     */
    public PerReader[] extensionAdditions() {
        long count = normallySmall() + 1;
        if (count > MAX_EXTENSIONS) {
            throw error("extension-count", count + " extension additions is implausible");
        }
        return extensionAdditions((int) count);
    }

    private PerReader[] extensionAdditions(int count) {
        boolean[] present = optionals(count);
        PerReader[] additions = new PerReader[count];
        for (int i = 0; i < count; i++) {
            if (present[i]) {
                additions[i] = openType();
            }
        }
        return additions;
    }

    public DecodeException error(String reason, String detail) {
        return new DecodeException(layer + "." + reason, (int) (bit >>> 3), layer + ": " + detail + " at bit " + bit);
    }

    private void require(long count, String field) {
        if (count < 0 || endBit - bit < count) {
            throw new DecodeException(layer + ".truncated", (int) (bit >>> 3),
                    layer + ": " + field + " needs " + count + " bit(s) at bit " + bit + ", only " + (endBit - bit)
                            + " left");
        }
    }
}
