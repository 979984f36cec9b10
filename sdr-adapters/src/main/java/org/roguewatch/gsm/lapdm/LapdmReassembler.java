package org.roguewatch.gsm.lapdm;

import java.nio.ByteBuffer;

/**
 * Rebuilds layer-3 messages from the I-frames of one LAPDm data link (one channel, direction and
 * SAPI), as the receiving entity does in TS 44.006 5.8.2: segments with M=1 are concatenated
 * until the segment with M=0; a repeated N(S) is a retransmission and is dropped.
 */
public final class LapdmReassembler {
    /** Longest layer-3 message LAPDm carries (N201 × segments); TS 44.006 5.8.2.1 bounds it at 251 octets. */
    public static final int MAX_MESSAGE = 251;

    /** What one frame did to the link. */
    public enum Step { COMPLETE, SEGMENT, RETRANSMISSION, NO_INFORMATION, OVERFLOW, GAP }

    private final byte[] buffer = new byte[MAX_MESSAGE];
    private int length;
    private int expectedSendSeq = -1;
    private boolean discardingAfterGap;
    private ByteBuffer completed;

    /**
     * Feeds one frame. After {@link Step#COMPLETE}, {@link #message()} holds the layer-3 message.
     * A gap in N(S) (frames the receiver lost) discards everything up to and including the next
     * segment with M=0: stitching around a gap, or reading a tail segment as a message, would invent
     * a message that was never sent.
     */
    public Step accept(LapdmFrame frame) {
        completed = null;
        switch (frame.kind()) {
            case SABM, DISC, DM, UA -> {
                // (Re-)establishment and release reset the sequence state variables (5.4.1, 5.4.4).
                expectedSendSeq = 0;
                length = 0;
                discardingAfterGap = false;
                return informationOf(frame);
            }
            case UI -> {
                return informationOf(frame);
            }
            case I -> {
                return acceptIFrame(frame);
            }
            default -> {
                return Step.NO_INFORMATION;
            }
        }
    }

    /** The message completed by the last {@link #accept} that returned {@link Step#COMPLETE}. */
    public ByteBuffer message() {
        return completed;
    }

    private Step informationOf(LapdmFrame frame) {
        if (!frame.information().hasRemaining()) {
            return Step.NO_INFORMATION;
        }
        completed = frame.information();
        return Step.COMPLETE;
    }

    private Step acceptIFrame(LapdmFrame frame) {
        int sendSeq = frame.sendSeq();
        if (expectedSendSeq >= 0 && sendSeq == ((expectedSendSeq + 7) & 7)) {
            return Step.RETRANSMISSION;
        }
        if (expectedSendSeq >= 0 && sendSeq != expectedSendSeq) {
            length = 0;
            discardingAfterGap = true;
        }
        expectedSendSeq = (sendSeq + 1) & 7;
        if (discardingAfterGap) {
            discardingAfterGap = frame.more();
            return Step.GAP;
        }
        ByteBuffer information = frame.information();
        int segment = information.remaining();
        if (length + segment > MAX_MESSAGE) {
            length = 0;
            return Step.OVERFLOW;
        }
        information.get(information.position(), buffer, length, segment);
        length += segment;
        if (frame.more()) {
            return Step.SEGMENT;
        }
        if (length == 0) {
            return Step.NO_INFORMATION;
        }
        byte[] message = new byte[length];
        System.arraycopy(buffer, 0, message, 0, length);
        length = 0;
        completed = ByteBuffer.wrap(message).asReadOnlyBuffer();
        return Step.COMPLETE;
    }
}
