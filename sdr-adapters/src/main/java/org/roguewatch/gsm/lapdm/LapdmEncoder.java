package org.roguewatch.gsm.lapdm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds LAPDm frames (TS 44.006) as a BTS or phone sends them: layer-3 messages segmented into
 * I-frames of at most N201 octets, and unnumbered and supervisory frames; every block filled to
 * 23 octets with 0x2B.
 */
public final class LapdmEncoder {
    /** Block size on SDCCH/FACCH (TS 44.006 5.8.3: N201 = 20 for format B). */
    public static final int BLOCK = 23;
    public static final int N201_SDCCH = 20;
    private static final byte FILL = 0x2b;

    private LapdmEncoder() {
    }

    /** Address octet (3.2): SAPI, C/R and EA = 1. */
    public static int address(int sapi, boolean command) {
        return ((sapi & 0x07) << 2) | (command ? 0x02 : 0) | 0x01;
    }

    /**
     * I-frames carrying {@code l3}, numbered from {@code firstSendSeq}; the M bit marks all but the
     * last segment.
     */
    public static List<byte[]> iFrames(int sapi, boolean command, int firstSendSeq, int receiveSeq, byte[] l3) {
        List<byte[]> frames = new ArrayList<>();
        int offset = 0;
        int sendSeq = firstSendSeq;
        do {
            int length = Math.min(N201_SDCCH, l3.length - offset);
            boolean more = offset + length < l3.length;
            int control = ((receiveSeq & 7) << 5) | ((sendSeq & 7) << 1);
            frames.add(block(address(sapi, command), control, length, more, Arrays.copyOfRange(l3, offset, offset + length)));
            offset += length;
            sendSeq++;
        } while (offset < l3.length);
        return frames;
    }

    /** A UI frame (format B) with the given information. */
    public static byte[] ui(int sapi, boolean command, byte[] l3) {
        return block(address(sapi, command), 0x03, l3.length, false, l3);
    }

    /** SABM, optionally carrying the initial layer-3 message for contention resolution. */
    public static byte[] sabm(int sapi, byte[] l3) {
        return block(address(sapi, true), 0x3f, l3.length, false, l3);
    }

    /** UA echoing {@code l3}. */
    public static byte[] ua(int sapi, byte[] l3) {
        return block(address(sapi, false), 0x73, l3.length, false, l3);
    }

    public static byte[] disc(int sapi) {
        return block(address(sapi, true), 0x53, 0, false, new byte[0]);
    }

    /** Receive Ready acknowledging up to {@code receiveSeq}. */
    public static byte[] rr(int sapi, boolean command, int receiveSeq) {
        return block(address(sapi, command), ((receiveSeq & 7) << 5) | 0x01, 0, false, new byte[0]);
    }

    private static byte[] block(int address, int control, int length, boolean more, byte[] information) {
        if (length > BLOCK - 3) {
            throw new IllegalArgumentException("information of " + length + " octets does not fit one LAPDm frame");
        }
        byte[] out = new byte[BLOCK];
        Arrays.fill(out, FILL);
        out[0] = (byte) address;
        out[1] = (byte) control;
        out[2] = (byte) ((length << 2) | (more ? 0x02 : 0) | 0x01);
        System.arraycopy(information, 0, out, 3, length);
        return out;
    }
}
