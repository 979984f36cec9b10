package org.roguewatch.lte.mac;

import java.nio.ByteBuffer;

/**
 * A PDCP Data PDU of a signalling radio bearer (TS 36.323 6.2.2): a 5-bit SN, the RRC message, and
 * the 32-bit MAC-I (all zero until RRC security is activated, TS 36.323 5.7).
 */
public record PdcpSrbPdu(int sn, ByteBuffer rrc, long macI) {
}
