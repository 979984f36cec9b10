package org.roguewatch.gsm.sms;

import java.util.Optional;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Octets;

/** Takes RP messages apart per TS 24.011 7.3 and 8.2; throws {@link DecodeException} on bad bytes. */
final class RpDecoder {
    static final String LAYER = "sms.rp";
    /** IEI of the optional RP-User Data in RP-ACK and RP-ERROR (8.2.5.3). */
    private static final int IEI_USER_DATA = 0x41;

    private RpDecoder() {
    }

    static RpMessage decode(Octets in) {
        int type = in.u8("message type");
        int messageReference = in.u8("message reference");
        return switch (type) {
            case RpMessage.TYPE_DATA_MS_TO_NETWORK -> data(in, Direction.MS_TO_NETWORK, messageReference);
            case RpMessage.TYPE_DATA_NETWORK_TO_MS -> data(in, Direction.NETWORK_TO_MS, messageReference);
            case RpMessage.TYPE_ACK_MS_TO_NETWORK -> ack(in, Direction.MS_TO_NETWORK, messageReference);
            case RpMessage.TYPE_ACK_NETWORK_TO_MS -> ack(in, Direction.NETWORK_TO_MS, messageReference);
            case RpMessage.TYPE_ERROR_MS_TO_NETWORK -> error(in, Direction.MS_TO_NETWORK, messageReference);
            case RpMessage.TYPE_ERROR_NETWORK_TO_MS -> error(in, Direction.NETWORK_TO_MS, messageReference);
            case RpMessage.TYPE_SMMA_MS_TO_NETWORK -> new RpSmma(messageReference);
            default -> throw new DecodeException(LAYER + ".unknown-type", 0,
                    String.format("%s: message type 0x%02x is reserved (TS 24.011 Table 8.3)", LAYER, type));
        };
    }

    private static RpData data(Octets in, Direction direction, int messageReference) {
        Optional<Address> originator = Optional.ofNullable(AddressCodec.readRp(in, "RP-Originator Address"));
        Optional<Address> destination = Optional.ofNullable(AddressCodec.readRp(in, "RP-Destination Address"));
        int length = in.u8("RP-User Data length");
        Tpdu tpdu = tpdu(in, length, direction);
        return new RpData(direction, messageReference, originator, destination, tpdu);
    }

    private static RpAck ack(Octets in, Direction direction, int messageReference) {
        return new RpAck(direction, messageReference, optionalUserData(in, direction));
    }

    private static RpError error(Octets in, Direction direction, int messageReference) {
        int causeStart = in.offset();
        int length = in.u8("RP-Cause length");
        if (length < 1) {
            throw new DecodeException(LAYER + ".cause-length", causeStart, LAYER + ": RP-Cause is empty");
        }
        Octets cause = in.window(length, "RP-Cause");
        int value = cause.u8("RP-Cause value") & 0x7f;
        OctetString diagnostic = OctetString.of(cause.bytes(cause.remaining(), "diagnostic"));
        return new RpError(direction, messageReference, value, diagnostic, optionalUserData(in, direction));
    }

    /** The optional RP-User Data TLV; anything else after the mandatory part is ignored. */
    private static Optional<Tpdu> optionalUserData(Octets in, Direction direction) {
        if (!in.hasRemaining() || in.peek("IEI") != IEI_USER_DATA) {
            return Optional.empty();
        }
        in.u8("IEI");
        int length = in.u8("RP-User Data length");
        return Optional.of(tpdu(in, length, direction));
    }

    private static Tpdu tpdu(Octets in, int length, Direction direction) {
        int start = in.offset();
        if (length < 1) {
            throw new DecodeException(LAYER + ".user-data-length", start - 1, LAYER + ": RP-User Data is empty");
        }
        Octets tpdu = Octets.of(in.slice(length, "RP-User Data"), TpduDecoder.LAYER);
        return SmsDecoder.nested(start, () -> TpduDecoder.decode(tpdu, direction));
    }
}
