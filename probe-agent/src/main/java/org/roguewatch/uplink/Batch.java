package org.roguewatch.uplink;

import java.util.Objects;

/**
 * A sequenced record as it was spooled: the payload stays encoded until the analyzer has checked
 * the sequence against its high-water mark, so a duplicate costs no decoding.
 *
 * @param type     a batch type ({@link RecordType#isBatch()})
 * @param sequence per-probe sequence number, from 1, increasing without reuse
 * @param payload  the payload, decoded by the codec registered for {@code type}
 */
public record Batch(RecordType type, long sequence, byte[] payload) implements WireMessage {
    public Batch {
        Objects.requireNonNull(type);
        Objects.requireNonNull(payload);
        if (!type.isBatch()) {
            throw new IllegalArgumentException(type + " is not a batch type");
        }
    }
}
