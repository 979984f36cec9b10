package org.roguewatch.gsm.lapdm;

import java.nio.ByteBuffer;

/**
 * One LAPDm frame (TS 44.006 clause 3).
 *
 * @param sapi        service access point: 0 signalling, 3 SMS
 * @param command     C/R bit as sent (its meaning depends on direction, 3.3.2)
 * @param kind        frame kind
 * @param sendSeq     N(S) for I-frames, else -1
 * @param receiveSeq  N(R) for I and S frames, else -1
 * @param pollFinal   P/F bit
 * @param more        M bit: the information continues in the next I-frame
 * @param information the information field (layer-3 octets or a segment of them), possibly empty
 */
public record LapdmFrame(int sapi, boolean command, Kind kind, int sendSeq, int receiveSeq, boolean pollFinal,
                         boolean more, ByteBuffer information) {

    /** Frame kinds by control field (TS 44.006 Table 4). */
    public enum Kind { I, RR, RNR, REJ, SABM, DM, UI, DISC, UA, UNKNOWN_U }

    public boolean isUnnumbered() {
        return kind == Kind.SABM || kind == Kind.DM || kind == Kind.UI || kind == Kind.DISC || kind == Kind.UA
                || kind == Kind.UNKNOWN_U;
    }
}
