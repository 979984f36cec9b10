package org.roguewatch.lte.mac;

import java.util.BitSet;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.roguewatch.decode.DecodeException;

/**
 * Re-assembles one AMD PDU from the segments a retransmission cut it into (TS 36.322 5.1.3.2.3,
 * 6.2.1.5): each segment places its bytes at its SO, its LIs and FI mark SDU boundaries at absolute
 * offsets, and the one with LSF set tells the PDU's length. Segments may overlap (a PDU re-segmented
 * twice); the PDU is complete once every byte up to the length is held. Only the bytes received are
 * kept until then, so a bogus large SO costs nothing.
 */
final class AmdPduSegments {
    private final Map<Integer, byte[]> pieces = new TreeMap<>();
    private final BitSet held = new BitSet();
    private final SortedSet<Integer> cuts = new TreeSet<>();
    private int length = -1;
    private boolean startsSdu;
    private boolean endsSdu;

    /**
     * @return false when the segment brought no byte not already held (a repeated segment)
     * @throws DecodeException when it contradicts the PDU length an earlier segment gave
     */
    boolean add(RlcAmData segment) {
        int from = segment.segmentOffset();
        int count = segment.data().remaining();
        int to = from + count;
        if (segment.lastSegment() && length >= 0 && to != length || length >= 0 && to > length
                || segment.lastSegment() && to < held.length()) {
            throw new DecodeException("rlc-am.segment-mismatch", 2, String.format("rlc-am: segment of SN %d at SO %d"
                    + " (%d bytes%s) contradicts the %s seen so far", segment.sn(), from, count,
                    segment.lastSegment() ? ", last" : "", length >= 0 ? "PDU length " + length : "segments"));
        }
        if (held.nextClearBit(from) >= to) {
            return false;
        }
        byte[] bytes = new byte[count];
        segment.data().get(segment.data().position(), bytes);
        pieces.put(from, bytes);
        held.set(from, to);
        boundaries(segment, from, to);
        if (segment.lastSegment()) {
            length = to;
            endsSdu = segment.endsSdu();
        }
        return true;
    }

    /** The whole data field once every byte is held, else null. */
    AmdPayload complete() {
        if (length < 0 || held.nextClearBit(0) < length) {
            return null;
        }
        byte[] data = new byte[length];
        pieces.forEach((from, bytes) -> System.arraycopy(bytes, 0, data, from, bytes.length));
        return AmdPayload.of(data, cuts, startsSdu, endsSdu);
    }

    private void boundaries(RlcAmData segment, int from, int to) {
        if (from == 0) {
            startsSdu = segment.startsSdu();
        } else if (segment.startsSdu()) {
            cuts.add(from);
        }
        int offset = from;
        for (int li : segment.lengthIndicators()) {
            offset += li;
            cuts.add(offset);
        }
        if (!segment.lastSegment() && segment.endsSdu()) {
            cuts.add(to);
        }
    }
}
