package org.roguewatch.lte.mac;

import java.nio.ByteBuffer;

/**
 * One part of a DL-SCH or UL-SCH MAC PDU (TS 36.321 6.1.2), in PDU order.
 *
 * @param lcid the logical channel, or the control element or padding code; an extended logical
 *             channel (eLCID) is given as 32 + eLCID, the logical channel identity it stands for
 * @param kind what the body is
 * @param body the MAC SDU, control element or padding bytes (a view of the PDU, not a copy);
 *             empty for a padding sub-header at the start, which is itself the padding
 */
public record MacSubPdu(int lcid, Kind kind, ByteBuffer body) {
    /** The three things a MAC PDU carries. */
    public enum Kind { SDU, CONTROL, PADDING }
}
