package org.roguewatch.gsm.sms;

import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Octets;

/** Takes CP messages apart per TS 24.011 7.2 and 8.1; throws {@link DecodeException} on bad bytes. */
final class CpDecoder {
    static final String LAYER = "sms.cp";
    private static final int TIO_EXTENDED = 0x7;

    private CpDecoder() {
    }

    static CpMessage decode(Octets in) {
        int first = in.u8("protocol discriminator");
        int pd = first & 0x0F;
        if (pd != CpMessage.PROTOCOL_DISCRIMINATOR) {
            throw new DecodeException(LAYER + ".protocol-discriminator", 0,
                    LAYER + ": protocol discriminator " + pd + ", SMS is " + CpMessage.PROTOCOL_DISCRIMINATOR);
        }
        boolean flag = (first & 0x80) != 0;
        int value = (first >>> 4) & 0x07;
        if (value == TIO_EXTENDED) {
            // TS 24.007 11.2.3.1.3: TIO 111 means the TI value follows in an extension octet.
            value = in.u8("TI extension") & 0x7f;
        }
        TransactionId ti = new TransactionId(value, flag);
        int typeOffset = in.offset();
        int type = in.u8("message type");
        return switch (type) {
            case CpMessage.TYPE_DATA -> data(in, ti);
            case CpMessage.TYPE_ACK -> new CpAck(ti);
            case CpMessage.TYPE_ERROR -> new CpError(ti, in.u8("CP-Cause"));
            default -> throw new DecodeException(LAYER + ".unknown-type", typeOffset,
                    String.format("%s: message type 0x%02x is not CP-DATA, CP-ACK or CP-ERROR", LAYER, type));
        };
    }

    private static CpData data(Octets in, TransactionId ti) {
        int length = in.u8("CP-User data length");
        int start = in.offset();
        if (length < 2) {
            throw new DecodeException(LAYER + ".user-data-length", start - 1,
                    LAYER + ": CP-User data of " + length + " octet(s) cannot hold an RP message");
        }
        Octets rp = Octets.of(in.slice(length, "CP-User data"), RpDecoder.LAYER);
        return new CpData(ti, SmsDecoder.nested(start, () -> RpDecoder.decode(rp)));
    }
}
