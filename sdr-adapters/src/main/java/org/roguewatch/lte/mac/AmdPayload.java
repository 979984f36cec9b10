package org.roguewatch.lte.mac;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;

/**
 * The data field of one complete AMD PDU (whole, or re-assembled from its segments) and where RLC
 * SDUs begin and end in it: {@code cuts} are the offsets where one SDU ends and the next begins
 * (what the LIs say, TS 36.322 6.2.2.5), the flags what FI says of both ends (6.2.2.6). Owns a copy
 * of the bytes, so it can wait for the SNs before it.
 */
record AmdPayload(byte[] data, int[] cuts, boolean startsSdu, boolean endsSdu) {

    static AmdPayload of(RlcAmData pdu) {
        byte[] data = new byte[pdu.data().remaining()];
        pdu.data().get(pdu.data().position(), data);
        int[] cuts = new int[pdu.lengthIndicators().size()];
        int offset = 0;
        for (int i = 0; i < cuts.length; i++) {
            offset += pdu.lengthIndicators().get(i);
            cuts[i] = offset;
        }
        return new AmdPayload(data, cuts, pdu.startsSdu(), pdu.endsSdu());
    }

    static AmdPayload of(byte[] data, SortedSet<Integer> cuts, boolean startsSdu, boolean endsSdu) {
        int[] inside = cuts.stream().mapToInt(Integer::intValue).filter(c -> c > 0 && c < data.length).toArray();
        return new AmdPayload(data, inside, startsSdu, endsSdu);
    }

    /** The data field elements, in order: the first may continue an SDU, the last may be continued. */
    List<byte[]> pieces() {
        List<byte[]> pieces = new ArrayList<>(cuts.length + 1);
        int from = 0;
        for (int cut : cuts) {
            pieces.add(Arrays.copyOfRange(data, from, cut));
            from = cut;
        }
        pieces.add(Arrays.copyOfRange(data, from, data.length));
        return pieces;
    }
}
