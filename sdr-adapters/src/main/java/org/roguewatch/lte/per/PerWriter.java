package org.roguewatch.lte.per;

import java.io.ByteArrayOutputStream;

/** Writes unaligned PER (X.691), the inverse of {@link PerReader}; our simulator's RRC encoder. */
public final class PerWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int current;
    private int used;

    public PerWriter bit(boolean value) {
        current = (current << 1) | (value ? 1 : 0);
        if (++used == 8) {
            out.write(current);
            current = 0;
            used = 0;
        }
        return this;
    }

    public PerWriter bits(long value, int count) {
        if (count < 64 && (value >>> count) != 0) {
            throw new IllegalArgumentException(value + " does not fit " + count + " bits");
        }
        for (int i = count - 1; i >= 0; i--) {
            bit(((value >>> i) & 1) != 0);
        }
        return this;
    }

    public PerWriter constrained(long value, long lb, long ub) {
        if (value < lb || value > ub) {
            throw new IllegalArgumentException(value + " outside " + lb + ".." + ub);
        }
        return bits(value - lb, PerReader.widthOf(ub - lb + 1));
    }

    public PerWriter normallySmall(long value) {
        if (value < 64) {
            return bit(false).bits(value, 6);
        }
        int octets = (64 - Long.numberOfLeadingZeros(value) + 7) / 8;
        bit(true);
        lengthDeterminant(octets);
        return bits(value, 8 * octets);
    }

    /** A root enumeration value (index < rootCount), after the extension bit when extensible. */
    public PerWriter enumerated(int index, int rootCount, boolean extensible) {
        if (extensible) {
            bit(index >= rootCount);
            if (index >= rootCount) {
                return normallySmall(index - rootCount);
            }
        }
        return constrained(index, 0, rootCount - 1);
    }

    /** A root CHOICE index (the alternative's encoding follows). */
    public PerWriter choice(int index, int rootCount, boolean extensible) {
        if (index >= rootCount) {
            throw new IllegalArgumentException("only root alternatives are written; an extension alternative is"
                    + " an extension bit, a normally small index and an open type");
        }
        if (extensible) {
            bit(false);
        }
        return constrained(index, 0, rootCount - 1);
    }

    public PerWriter lengthDeterminant(int length) {
        if (length < 128) {
            return bit(false).bits(length, 7);
        }
        if (length < 16384) {
            return bit(true).bit(false).bits(length, 14);
        }
        throw new IllegalArgumentException("fragmented lengths are not written");
    }

    public PerWriter length(int length, int lb, int ub) {
        return ub < 65536 ? constrained(length, lb, ub) : lengthDeterminant(length);
    }

    public PerWriter octets(byte[] value, int lb, int ub) {
        if (lb != ub) {
            length(value.length, lb, ub);
        }
        for (byte b : value) {
            bits(b & 0xff, 8);
        }
        return this;
    }

    public PerWriter octets(byte[] value) {
        lengthDeterminant(value.length);
        for (byte b : value) {
            bits(b & 0xff, 8);
        }
        return this;
    }

    /** An open type holding {@code encoding} (itself a complete PER encoding, octet-padded). */
    public PerWriter openType(byte[] encoding) {
        return octets(encoding);
    }

    /** The written bits, padded with zeros to whole octets (X.691 10.1.3: a complete encoding). */
    public byte[] toBytes() {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        byte[] written = out.toByteArray();
        copy.write(written, 0, written.length);
        if (used > 0) {
            copy.write(current << (8 - used));
        }
        byte[] bytes = copy.toByteArray();
        return bytes.length == 0 ? new byte[1] : bytes;
    }

    public long bitLength() {
        return (long) out.size() * 8 + used;
    }
}
