package org.roguewatch.lte.nas;

import org.roguewatch.decode.Octets;

/**
 * Reads the length-prefixed formats of TS 24.007 11.2.1.1 (LV, LV-E) with the length checked
 * against what is left, so a length past the end is reported as such ({@code nas-eps.ie-length})
 * rather than read.
 */
final class Ies {
    private Ies() {
    }

    /** Format LV: a one-octet length, then the value. */
    static Field lv(Octets in, String name) {
        return value(in, in.u8(name + " length"), name);
    }

    /** Format LV-E: a two-octet length, then the value. */
    static Field lvE(Octets in, String name) {
        return value(in, in.u16(name + " length"), name);
    }

    /** The next {@code length} octets as the value of {@code name}. */
    static Field value(Octets in, int length, String name) {
        if (length > in.remaining()) {
            throw in.error("ie-length", name + " declares " + length + " octet(s) at offset " + in.offset() + ", only "
                    + in.remaining() + " left");
        }
        int offset = in.offset();
        return new Field(offset, in.window(length, name));
    }
}
