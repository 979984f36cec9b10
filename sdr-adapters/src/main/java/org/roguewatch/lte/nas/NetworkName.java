package org.roguewatch.lte.nas;

import java.nio.charset.StandardCharsets;
import org.roguewatch.decode.Octets;
import org.roguewatch.gsm.sms.Gsm7;

/**
 * Network name (TS 24.301 9.9.3.24, coded as TS 24.008 10.5.3.5a): octet 3 holds the extension
 * bit, the coding scheme (bits 7-5: 000 GSM 7-bit default alphabet packed, 001 UCS2), "add CI" and
 * the number of spare bits in the last octet (bits 3-1); the text follows.
 */
final class NetworkName {
    private static final int CODING_GSM7 = 0;
    private static final int CODING_UCS2 = 1;
    private static final int EXTENSION = 0x80;

    private NetworkName() {
    }

    static String read(Octets value) {
        int octet = value.u8("network name coding");
        int coding = octet >>> 4 & 0x07;
        int spareBits = octet & 0x07;
        byte[] text = value.bytes(value.remaining(), "network name text");
        if (coding == CODING_GSM7) {
            int septets = Math.max(0, text.length * 8 - spareBits) / 7;
            return Gsm7.decode(text, 0, septets);
        }
        if (coding == CODING_UCS2) {
            if (text.length % 2 != 0) {
                throw value.error("network-name.ucs2-length", "UCS2 network name of odd length " + text.length);
            }
            return new String(text, StandardCharsets.UTF_16BE);
        }
        throw value.error("network-name.coding", "network name in reserved coding scheme " + coding);
    }

    /** The value part: GSM 7-bit when the alphabet holds the text, else UCS2; add CI is 0. */
    static byte[] write(String name) {
        if (Gsm7.canEncode(name)) {
            byte[] septets = Gsm7.toSeptets(name);
            byte[] packed = Gsm7.pack(septets, 0);
            int spareBits = packed.length * 8 - septets.length * 7;
            if (spareBits == 7) {
                // Gsm7.pack fills 7 spare bits with CR for SMS (23.038 6.1.2.1.1); here they are spare, 0.
                packed[packed.length - 1] &= 0x01;
            }
            byte[] out = new byte[packed.length + 1];
            out[0] = (byte) (EXTENSION | CODING_GSM7 << 4 | spareBits);
            System.arraycopy(packed, 0, out, 1, packed.length);
            return out;
        }
        byte[] text = name.getBytes(StandardCharsets.UTF_16BE);
        byte[] out = new byte[text.length + 1];
        out[0] = (byte) (EXTENSION | CODING_UCS2 << 4);
        System.arraycopy(text, 0, out, 1, text.length);
        return out;
    }
}
