package org.roguewatch.lte.mac;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * An AMD PDU, or an AMD PDU segment when {@code resegmented} (TS 36.322 6.2.1.4, 6.2.1.5).
 *
 * @param sn               sequence number, 10 bits
 * @param poll             the P bit: the sender asks for a STATUS report
 * @param framingInfo      FI (6.2.2.6): bit 1 set = the data does not start an SDU, bit 0 set = it
 *                         does not end one
 * @param resegmented      RF: this is a segment of the AMD PDU with that SN
 * @param lastSegment      LSF: the segment holds the last byte of the AMD PDU (segments only)
 * @param segmentOffset    SO: where the segment's data sits in the AMD PDU's data field (segments only)
 * @param lengthIndicators LI fields: the lengths of all data field elements but the last
 * @param data             the data field (a view, not a copy)
 */
public record RlcAmData(int sn, boolean poll, int framingInfo, boolean resegmented, boolean lastSegment,
                        int segmentOffset, List<Integer> lengthIndicators, ByteBuffer data) implements RlcAmPdu {
    public static final int FI_NOT_FIRST = 0b10;
    public static final int FI_NOT_LAST = 0b01;

    public RlcAmData {
        lengthIndicators = List.copyOf(lengthIndicators);
    }

    /** The first data byte is the first byte of an SDU. */
    public boolean startsSdu() {
        return (framingInfo & FI_NOT_FIRST) == 0;
    }

    /** The last data byte is the last byte of an SDU. */
    public boolean endsSdu() {
        return (framingInfo & FI_NOT_LAST) == 0;
    }
}
