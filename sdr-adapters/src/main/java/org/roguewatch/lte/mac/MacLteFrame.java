package org.roguewatch.lte.mac;

import java.nio.ByteBuffer;

/**
 * One MAC-LTE frame: its context and the MAC PDU after the payload tag (a read-only view of the
 * captured bytes, not a copy).
 */
public record MacLteFrame(MacLteContext context, ByteBuffer pdu) {
}
