package org.roguewatch.lte.rrc;

import java.nio.ByteBuffer;
import org.roguewatch.decode.Decoded;
import org.roguewatch.lte.LteMessage;

/** Test dispatch from a GSMTAP LTE_RRC sub-type (libosmocore gsmtap.h) to this package's decoders. */
final class DedicatedChannels {
    static final int[] SUB_TYPES = {0, 1, 2, 3, 6};

    private DedicatedChannels() {
    }

    static Decoded<LteMessage> decode(int subType, ByteBuffer payload) {
        return switch (subType) {
            case 0 -> DlCcchDecoder.decode(payload);
            case 1 -> DlDcchDecoder.decode(payload);
            case 2 -> UlCcchDecoder.decode(payload);
            case 3 -> UlDcchDecoder.decode(payload);
            case 6 -> PcchDecoder.decode(payload);
            default -> throw new IllegalArgumentException("not a dedicated channel sub-type: " + subType);
        };
    }

    static LteMessage decodeOk(int subType, byte[] payload) {
        Decoded<LteMessage> decoded = decode(subType, ByteBuffer.wrap(payload));
        if (decoded instanceof Decoded.Malformed<LteMessage> malformed) {
            throw new AssertionError("malformed: " + malformed);
        }
        return decoded.valueOrNull();
    }
}
