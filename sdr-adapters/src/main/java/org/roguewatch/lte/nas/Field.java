package org.roguewatch.lte.nas;

import java.util.function.Function;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Octets;

/**
 * The value part of one information element: a cursor over its octets and where they start in
 * the PDU. A window's own offsets count from the window, so a failure inside one is moved back to
 * PDU offsets here, and every Malformed points into the PDU the caller holds.
 *
 * @param offset PDU offset of the value's first octet
 * @param value  cursor over the value
 */
record Field(int offset, Octets value) {

    /** Parses the value; a failure inside reports its PDU offset. */
    <T> T read(Function<Octets, T> parser) {
        try {
            return parser.apply(value);
        } catch (DecodeException e) {
            throw new DecodeException(e.reason(), offset + e.offset(), e.getMessage());
        }
    }

    /** The first octet of a one-octet value (type 3 IEs such as the EMM cause, IEI 0x53). */
    int u8(String field) {
        return read(in -> in.u8(field));
    }
}
