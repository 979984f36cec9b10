package org.roguewatch.lte.rrc;

import java.nio.ByteBuffer;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.lte.per.PerReader;

/**
 * Decodes a UL-CCCH-Message (TS 36.331 6.2.1; GSMTAP LTE_RRC sub-type 2): RRCConnectionRequest field
 * by field; RRCConnectionReestablishmentRequest and the Rel-13/15 requests identified by name.
 */
public final class UlCcchDecoder {
    private static final int REQUEST = 1;

    private UlCcchDecoder() {
    }

    /** Never throws: bad bytes give {@link Decoded.Malformed} with an {@code lte-rrc.*} reason. */
    public static Decoded<LteMessage> decode(ByteBuffer payload) {
        try {
            return Decoded.ok(read(new PerReader(payload, DedicatedPer.LAYER)));
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }

    private static DedicatedRrcMessage read(PerReader in) {
        if (in.bit()) { // messageClassExtension: c2 | messageClassExtensionFuture-r13
            if (!in.bit()) {
                // c2 holds only rrcConnectionResumeRequest-r13: its index takes no bits.
                return new OtherRrcMessage(DedicatedNames.UL_CCCH, "RRCConnectionResumeRequest-r13");
            }
            if (in.bit()) {
                return new OtherRrcMessage(DedicatedNames.UL_CCCH, "messageClassExtensionFuture-r15");
            }
            int index = in.constrainedInt(0, 3);
            if (DedicatedNames.UL_CCCH_C3[index] == null) {
                throw in.error("spare-message", "UL-CCCH c3 message type " + index + " is a spare");
            }
            return new OtherRrcMessage(DedicatedNames.UL_CCCH, DedicatedNames.UL_CCCH_C3[index]);
        }
        int message = in.constrainedInt(0, 1);
        if (message != REQUEST) {
            return new OtherRrcMessage(DedicatedNames.UL_CCCH, DedicatedNames.UL_CCCH_C1[message]);
        }
        if (in.bit()) { // criticalExtensions: rrcConnectionRequest-r8 | criticalExtensionsFuture
            return new OtherRrcMessage(DedicatedNames.UL_CCCH, "RRCConnectionRequest");
        }
        String kind;
        long value;
        int mmec;
        if (in.choice(2, false) == 0) { // InitialUE-Identity s-TMSI: mmec, m-TMSI
            kind = RrcConnectionRequest.S_TMSI;
            mmec = in.bits(8);
            value = in.bitsLong(32);
        } else { // randomValue BIT STRING (SIZE (40))
            kind = RrcConnectionRequest.RANDOM_VALUE;
            mmec = -1;
            long high = in.bitsLong(8);
            value = (high << 32) | in.bitsLong(32);
        }
        String cause = DedicatedNames.ESTABLISHMENT_CAUSES[in.constrainedInt(0, 7)];
        in.bit(); // spare
        return new RrcConnectionRequest(kind, value, mmec, cause);
    }
}
