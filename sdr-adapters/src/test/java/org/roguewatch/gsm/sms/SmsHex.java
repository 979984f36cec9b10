package org.roguewatch.gsm.sms;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.roguewatch.decode.Decoded;

/** Test helpers: hex in, decoded value or malformed result out. */
final class SmsHex {
    private SmsHex() {
    }

    static ByteBuffer buffer(String hex) {
        return ByteBuffer.wrap(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    static CpMessage cp(String hex) {
        return ok(SmsDecoder.decodeCp(buffer(hex)));
    }

    static RpMessage rp(String hex, boolean networkToMs) {
        return ok(SmsDecoder.decodeRp(buffer(hex), networkToMs));
    }

    static Tpdu tpdu(String hex, boolean networkToMs) {
        return ok(SmsDecoder.decodeTpdu(buffer(hex), networkToMs));
    }

    static <T> T ok(Decoded<T> decoded) {
        assertInstanceOf(Decoded.Ok.class, decoded, () -> "expected a value, got " + decoded);
        return decoded.valueOrNull();
    }

    static <T> Decoded.Malformed<T> malformed(Decoded<T> decoded) {
        @SuppressWarnings("unchecked")
        Decoded.Malformed<T> m = assertInstanceOf(Decoded.Malformed.class, decoded,
                () -> "expected malformed, got " + decoded);
        return m;
    }
}
