package org.roguewatch.uplink;

/**
 * Turns the payload of one batch type into values and back. Decoding raises
 * {@link WireFormatException} on bad input and never anything else.
 *
 * @param <T> what one batch carries
 */
public interface PayloadCodec<T> {
    byte[] encode(T value);

    T decode(byte[] payload);
}
