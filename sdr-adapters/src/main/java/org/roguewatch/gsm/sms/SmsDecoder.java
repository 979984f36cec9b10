package org.roguewatch.gsm.sms;

import java.nio.ByteBuffer;
import java.util.function.Supplier;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;
import org.roguewatch.decode.Octets;

/**
 * Entry points for short message decoding. Each is a pure function of the bytes (the buffer's
 * position is left unchanged) and never throws on bad input: it returns a
 * {@link Decoded.Malformed} whose reason starts with {@code sms.cp}, {@code sms.rp} or
 * {@code sms.tpdu} for the layer at fault and whose offset counts from the start of the input.
 */
public final class SmsDecoder {
    private SmsDecoder() {
    }

    /** A CM-layer SMS message: {@code l3} begins with the TI/PD octet (TS 24.011 7.2). */
    public static Decoded<CpMessage> decodeCp(ByteBuffer l3) {
        try {
            return Decoded.ok(CpDecoder.decode(Octets.of(l3, CpDecoder.LAYER)));
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }

    /**
     * An RPDU (TS 24.011 7.3). Its message type names the direction; when that contradicts
     * {@code networkToMs} (the direction the caller saw it travel) the result is
     * {@code sms.rp.direction}.
     */
    public static Decoded<RpMessage> decodeRp(ByteBuffer rpdu, boolean networkToMs) {
        try {
            RpMessage rp = RpDecoder.decode(Octets.of(rpdu, RpDecoder.LAYER));
            if (rp.direction() != Direction.of(networkToMs)) {
                return Decoded.malformed(RpDecoder.LAYER + ".direction", 0, String.format(
                        "%s: %s received %s", RpDecoder.LAYER, rp.name(), Direction.of(networkToMs).label()));
            }
            return Decoded.ok(rp);
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }

    /**
     * A TPDU (TS 23.040 9.2.2); the direction decides what TP-MTI means (9.2.3.1): towards the MS
     * 00 is SMS-DELIVER and 10 SMS-STATUS-REPORT, from the MS 01 is SMS-SUBMIT.
     */
    public static Decoded<Tpdu> decodeTpdu(ByteBuffer tpdu, boolean networkToMs) {
        try {
            return Decoded.ok(TpduDecoder.decode(Octets.of(tpdu, TpduDecoder.LAYER), Direction.of(networkToMs)));
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }

    /** Runs an inner layer's decoder, moving its error offsets to count from the outer unit. */
    static <T> T nested(int base, Supplier<T> inner) {
        try {
            return inner.get();
        } catch (DecodeException e) {
            throw new DecodeException(e.reason(), base + e.offset(), e.getMessage());
        }
    }
}
