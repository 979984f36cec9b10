package org.roguewatch.lte.rrc;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The NAS PDU an RRC message carries in its dedicatedInfoNAS (TS 36.331 6.3.6 DedicatedInfoNAS, an OCTET
 * STRING), held as an immutable value so the messages that carry one compare and print by content.
 *
 * @param octets the PDU (the accessor returns a copy)
 */
public record NasContainer(byte[] octets) {

    public NasContainer {
        octets = octets.clone();
    }

    @Override
    public byte[] octets() {
        return octets.clone();
    }

    public int length() {
        return octets.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NasContainer that && Arrays.equals(octets, that.octets);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(octets);
    }

    @Override
    public String toString() {
        return HexFormat.of().formatHex(octets);
    }
}
