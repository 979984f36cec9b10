package org.roguewatch.gsm.rr;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * An RR message laid out for a block with an L2 pseudo length (TS 44.006 format Bbis, TS 44.018
 * 10.5.2.19): the octets the pseudo length counts (protocol discriminator, message type, IEs) and a
 * writer for the rest octets, which take whatever room the block leaves.
 *
 * @param counted    the message up to and including its last IE
 * @param restOctets given the room left, the rest octets (at most that many); {@code null} writer
 *                   means the message has none and the room is spare padding
 */
record BbisMessage(byte[] counted, IntFunction<byte[]> restOctets) {
    /** Spare padding of GSM blocks (TS 44.006 5.2, TS 44.018 10.5.2 rest octets). */
    static final byte PADDING = 0x2b;
    static final int PD_RR = 0x06;

    /**
     * Pseudo length octet, message, rest octets, then 0x2B up to {@code size} octets.
     *
     * @throws IllegalArgumentException when the message does not fit
     */
    byte[] frame(int size) {
        int room = size - 1 - counted.length;
        if (room < 0) {
            throw new IllegalArgumentException("message of " + counted.length + " octets does not fit a block of "
                    + size + " with its L2 pseudo length");
        }
        byte[] out = new byte[size];
        Arrays.fill(out, PADDING);
        // L2 pseudo length (10.5.2.19): bits 8-3 the length, bits 2-1 "01".
        out[0] = (byte) (counted.length << 2 | 0x01);
        System.arraycopy(counted, 0, out, 1, counted.length);
        if (restOctets != null) {
            byte[] rest = restOctets.apply(room);
            if (rest.length > room) {
                throw new IllegalArgumentException(rest.length + " rest octets exceed the " + room + " left");
            }
            System.arraycopy(rest, 0, out, 1 + counted.length, rest.length);
        }
        return out;
    }
}
