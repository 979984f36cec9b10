package org.roguewatch.gsm.rr;

import java.nio.ByteBuffer;

/**
 * Builds rest octets for tests from CSN.1 written out as text, independently of the production
 * writer: '0' and '1' are bits, 'L' and 'H' are written relative to the 0x2B padding, anything
 * else is a separator. The rest of the octets is spare padding.
 */
final class CsnBits {
    private final StringBuilder bits = new StringBuilder();

    static CsnBits of(String spec) {
        return new CsnBits().then(spec);
    }

    CsnBits then(String spec) {
        for (char c : spec.toCharArray()) {
            switch (c) {
                case '0', '1' -> bits.append(c);
                case 'L', 'H' -> {
                    int paddingBit = (0x2B >>> (7 - bits.length() % 8)) & 1;
                    bits.append((c == 'H') != (paddingBit == 1) ? '1' : '0');
                }
                default -> {
                    // separator
                }
            }
        }
        return this;
    }

    /** {@code value} as {@code width} bits. */
    CsnBits value(int value, int width) {
        String binary = Integer.toBinaryString(value);
        if (binary.length() > width) {
            throw new IllegalArgumentException(value + " in " + width + " bits");
        }
        bits.append("0".repeat(width - binary.length())).append(binary);
        return this;
    }

    int length() {
        return bits.length();
    }

    byte[] octets(int count) {
        if (bits.length() > count * 8) {
            throw new IllegalArgumentException(bits.length() + " bits in " + count + " octets");
        }
        byte[] out = new byte[count];
        for (int i = 0; i < count * 8; i++) {
            boolean set = i < bits.length() ? bits.charAt(i) == '1' : ((0x2B >>> (7 - i % 8)) & 1) == 1;
            if (set) {
                out[i / 8] |= (byte) (0x80 >>> (i % 8));
            }
        }
        return out;
    }

    ByteBuffer restOctets() {
        return ByteBuffer.wrap(octets(20));
    }
}
