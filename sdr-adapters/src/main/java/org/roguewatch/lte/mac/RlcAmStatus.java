package org.roguewatch.lte.mac;

/**
 * A STATUS PDU (TS 36.322 6.2.1.6): the peer receiver acknowledges every SN before {@code ackSn}
 * except those its NACK list (not read here: we only count these) asks again for.
 */
public record RlcAmStatus(int ackSn) implements RlcAmPdu {
}
