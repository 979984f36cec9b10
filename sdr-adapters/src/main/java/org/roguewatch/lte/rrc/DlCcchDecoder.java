package org.roguewatch.lte.rrc;

import java.nio.ByteBuffer;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.lte.per.PerReader;

/**
 * Decodes a DL-CCCH-Message (TS 36.331 6.2.1; GSMTAP LTE_RRC sub-type 0): RRCConnectionReject
 * field by field; RRCConnectionSetup, RRCConnectionReestablishment(Reject) and
 * RRCEarlyDataComplete-r15 identified by name.
 */
public final class DlCcchDecoder {
    private static final int REJECT = 2;

    private DlCcchDecoder() {
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
        if (in.bit()) { // messageClassExtension: c2 | messageClassExtensionFuture-r15
            if (in.bit()) {
                return new OtherRrcMessage(DedicatedNames.DL_CCCH, "messageClassExtensionFuture-r15");
            }
            return named(in, DedicatedNames.DL_CCCH_C2, in.constrainedInt(0, 3));
        }
        int message = in.constrainedInt(0, 3);
        if (message == REJECT) {
            return reject(in);
        }
        return named(in, DedicatedNames.DL_CCCH_C1, message);
    }

    private static OtherRrcMessage named(PerReader in, String[] names, int index) {
        if (names[index] == null) {
            throw in.error("spare-message", "DL-CCCH message type " + index + " is a spare");
        }
        return new OtherRrcMessage(DedicatedNames.DL_CCCH, names[index]);
    }

    private static DedicatedRrcMessage reject(PerReader in) {
        if (DedicatedPer.criticalExtensionC1(in, 4) != 0) {
            return new OtherRrcMessage(DedicatedNames.DL_CCCH, "RRCConnectionReject");
        }
        boolean nonCritical = in.optionals(1)[0];
        int waitTime = in.constrainedInt(1, 16);
        Integer extendedWaitTime = null;
        if (nonCritical) {
            boolean[] v8a0 = in.optionals(2); // lateNonCriticalExtension, nonCriticalExtension
            if (v8a0[0]) {
                in.octets();
            }
            if (v8a0[1]) {
                boolean[] v1020 = in.optionals(2); // extendedWaitTime-r10, nonCriticalExtension
                if (v1020[0]) {
                    extendedWaitTime = in.constrainedInt(1, 1800);
                }
                // v1130 and later (deprioritisation, rrc-Suspend) form the message's tail.
            }
        }
        return new RrcConnectionReject(waitTime, extendedWaitTime);
    }
}
