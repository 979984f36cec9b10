package org.roguewatch.gsm.sms;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable run of octets with value equality, so records holding raw protocol bytes compare
 * and print by content.
 */
public final class OctetString {
    public static final OctetString EMPTY = new OctetString(new byte[0]);

    private final byte[] octets;

    private OctetString(byte[] octets) {
        this.octets = octets;
    }

    public static OctetString of(byte[] octets) {
        return octets.length == 0 ? EMPTY : new OctetString(octets.clone());
    }

    public static OctetString ofHex(String hex) {
        return of(HexFormat.of().parseHex(hex));
    }

    public int length() {
        return octets.length;
    }

    public boolean isEmpty() {
        return octets.length == 0;
    }

    /** The octet at {@code index} as an unsigned value. */
    public int get(int index) {
        return octets[index] & 0xff;
    }

    public byte[] toByteArray() {
        return octets.clone();
    }

    public String toHex() {
        return HexFormat.of().formatHex(octets);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OctetString that && Arrays.equals(octets, that.octets);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(octets);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
