package org.roguewatch.lte.mac;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.capture.FrameRef;

/**
 * Joins the data field elements of in-sequence AMD PDUs into RLC SDUs (TS 36.322 5.1.3.2.3): an
 * element either starts an SDU or continues the one before, and either ends it or is continued.
 * An SDU whose beginning or end was lost is dropped with the reason.
 */
final class SduAssembler {
    /**
     * The longest PDCP PDU of an SRB: an 8188-byte SDU (TS 36.323 4.3.1) with its header and MAC-I.
     * Longer means lost boundaries, and bounds the memory garbage can take.
     */
    static final int MAX_SDU = 8188 + 1 + 4;

    private enum State { IDLE, ASSEMBLING, DISCARDING }

    private final String channel;
    private final MacLteSink sink;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private State state = State.IDLE;
    private int firstSn;

    SduAssembler(String channel, MacLteSink sink) {
        this.channel = channel;
        this.sink = sink;
    }

    /** The SDUs completed by the AMD PDU with this SN, the next in sequence. */
    List<byte[]> feed(FrameRef ref, int sn, AmdPayload payload) {
        List<byte[]> sdus = new ArrayList<>(1);
        List<byte[]> pieces = payload.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            boolean starts = i > 0 || payload.startsSdu();
            boolean ends = i < pieces.size() - 1 || payload.endsSdu();
            if (starts) {
                if (state == State.ASSEMBLING) {
                    sink.skipped("rlc-am.sdu-incomplete", ref, channel + ": SDU begun in SN " + firstSn
                            + " was never ended; SN " + sn + " starts a new one");
                }
                partial.reset();
                state = State.ASSEMBLING;
                firstSn = sn;
            } else if (state == State.IDLE) {
                sink.skipped("rlc-am.sdu-head-lost", ref, channel + ": SN " + sn
                        + " continues an SDU whose beginning was not received");
                state = State.DISCARDING;
            }
            if (state == State.ASSEMBLING) {
                append(ref, sn, pieces.get(i));
            }
            if (ends) {
                if (state == State.ASSEMBLING) {
                    sdus.add(partial.toByteArray());
                }
                state = State.IDLE;
            }
        }
        return sdus;
    }

    /** One or more AMD PDUs before the next one fed will never come. */
    void lost(FrameRef ref) {
        if (state == State.ASSEMBLING) {
            sink.skipped("rlc-am.sdu-incomplete", ref, channel + ": SDU begun in SN " + firstSn
                    + " lost its continuation");
        }
        // An SDU begun in the lost PDUs may continue in the next: its tail goes, the loss is reported.
        state = State.DISCARDING;
    }

    /** The stream ends: a half-built SDU will never be finished. */
    void discard(FrameRef ref) {
        if (state == State.ASSEMBLING) {
            sink.skipped("rlc-am.sdu-incomplete", ref, channel + ": SDU begun in SN " + firstSn
                    + " was still incomplete when the RLC entity ended");
        }
        state = State.IDLE;
        partial.reset();
    }

    private void append(FrameRef ref, int sn, byte[] piece) {
        if (partial.size() + piece.length > MAX_SDU) {
            sink.malformed("rlc-am.sdu-too-long", ref, channel + ": SDU begun in SN " + firstSn + " grows past "
                    + MAX_SDU + " bytes at SN " + sn + ", longer than any SRB PDCP PDU");
            state = State.DISCARDING;
            partial.reset();
            return;
        }
        partial.writeBytes(piece);
    }
}
