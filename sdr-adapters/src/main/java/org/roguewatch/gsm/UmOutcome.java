package org.roguewatch.gsm;

import org.roguewatch.decode.Decoded;

/** What one GSMTAP Um block yielded. */
public sealed interface UmOutcome permits UmOutcome.Message, UmOutcome.NoMessage, UmOutcome.Bad {

    /** A complete layer-3 message (the block may have completed a segmented one). */
    record Message(GsmMessage message) implements UmOutcome {
    }

    /**
     * A well-formed block that completes no message, counted under {@code what}: a LAPDm segment
     * held for reassembly, a supervisory frame, a retransmission, a channel we do not decode.
     */
    record NoMessage(String what) implements UmOutcome {
    }

    /** Bytes that break the format, at any layer. */
    record Bad(Decoded.Malformed<?> malformed) implements UmOutcome {
    }
}
