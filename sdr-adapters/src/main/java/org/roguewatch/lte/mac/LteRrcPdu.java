package org.roguewatch.lte.mac;

import java.nio.ByteBuffer;

/**
 * An LTE RRC PDU recovered from MAC-LTE frames, ready for {@code LteRrcDecoder.decode(channel, payload)}.
 *
 * @param channel the RRC logical channel as a GSMTAP LTE_RRC sub-type ({@code LteRrcChannel})
 * @param uplink  sent by the UE
 * @param rnti    the RNTI the MAC PDU was addressed with (0xFFFF SI-RNTI, 0xFFFE P-RNTI, a C-RNTI...),
 *                or {@link MacLteContext#ABSENT} when the frame did not say
 * @param payload the RRC PDU bytes (read-only); for BCCH, PCCH and CCCH a view of the frame passed
 *                in, so decode it before that buffer is reused
 */
public record LteRrcPdu(int channel, boolean uplink, int rnti, ByteBuffer payload) {
}
