package org.roguewatch.gsm;

import java.nio.ByteBuffer;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;
import org.roguewatch.decode.Octets;
import org.roguewatch.gsm.mm.MmDecoder;
import org.roguewatch.gsm.rr.RrDecoder;
import org.roguewatch.gsm.sms.SmsDecoder;

/**
 * Dispatches a GSM layer-3 message by its protocol discriminator (TS 24.007 11.2.3.1.1) to the
 * RR, MM or SMS decoder. Never throws on bad bytes.
 */
public final class GsmL3Decoder {
    static final int PD_CC = 0x3;
    static final int PD_MM = 0x5;
    static final int PD_RR = 0x6;
    static final int PD_SMS = 0x9;

    private static final String[] PROTOCOLS = {
        "GCC", "BCC", "PD 0x2", "CC", "GTTP", "MM", "RR", "EMM", "GMM", "SMS", "SM", "SS", "LCS", "PD 0xd",
        "PD 0xe", "TEST",
    };

    private GsmL3Decoder() {
    }

    /**
     * @param l3               the message from its first octet (skip indicator or TI, and PD)
     * @param restOctetsOffset offset of the rest octets given by an L2 pseudo length, or -1
     */
    public static Decoded<GsmMessage> decode(ByteBuffer l3, int restOctetsOffset) {
        try {
            if (!l3.hasRemaining()) {
                return Decoded.malformed("l3.empty", 0, "l3: empty layer-3 message");
            }
            int first = l3.get(l3.position()) & 0xff;
            int pd = first & 0x0f;
            switch (pd) {
                case PD_RR: {
                    // A non-zero skip indicator means the message must be ignored (24.007 11.2.3.1.1).
                    if ((first >>> 4) != 0) {
                        return Decoded.malformed("rr.skip-indicator", 0,
                                "rr: skip indicator " + (first >>> 4) + " (message must be ignored)");
                    }
                    Octets in = Octets.of(l3, "rr");
                    in.skip(1, "protocol discriminator");
                    return Decoded.ok(RrDecoder.decode(in, l3, restOctetsOffset));
                }
                case PD_MM: {
                    Octets in = Octets.of(l3, "mm");
                    in.skip(1, "protocol discriminator");
                    return Decoded.ok(MmDecoder.decode(in));
                }
                case PD_SMS: {
                    Decoded<? extends GsmMessage> sms = SmsDecoder.decodeCp(l3);
                    if (sms instanceof Decoded.Malformed<? extends GsmMessage> bad) {
                        return bad.retype();
                    }
                    return Decoded.ok(sms.valueOrNull());
                }
                default: {
                    Octets in = Octets.of(l3, "l3");
                    in.skip(1, "protocol discriminator");
                    int type = in.hasRemaining() ? in.u8("message type") : -1;
                    String protocol = PROTOCOLS[pd];
                    String name = pd == PD_CC ? CcMessageNames.name(type & 0x3f)
                            : protocol + (type < 0 ? " (no message type)" : String.format(" message 0x%02x", type));
                    return Decoded.ok(new UndecodedMessage(protocol, type, name));
                }
            }
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }
}
