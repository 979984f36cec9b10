package org.roguewatch.gsmtap;

import java.nio.ByteBuffer;

/** Writes GSMTAP v2 datagrams: our simulator's output and the test frames' source. */
public final class GsmtapEncoder {
    private GsmtapEncoder() {
    }

    /** The datagram for {@code header} (its headerLength is honoured, minimum 16) followed by {@code payload}. */
    public static byte[] encode(GsmtapHeader header, byte[] payload) {
        int headerLength = Math.max(GsmtapHeader.MIN_LENGTH, (header.headerLength() + 3) & ~3);
        ByteBuffer out = ByteBuffer.allocate(headerLength + payload.length);
        int arfcn = (header.arfcn() & GsmtapHeader.ARFCN_MASK)
                | (header.uplink() ? GsmtapHeader.ARFCN_FLAG_UPLINK : 0)
                | (header.pcs() ? GsmtapHeader.ARFCN_FLAG_PCS : 0);
        out.put((byte) header.version())
                .put((byte) (headerLength / 4))
                .put((byte) header.type())
                .put((byte) header.timeslot())
                .putShort((short) arfcn)
                .put((byte) header.signalDbm())
                .put((byte) header.snrDb())
                .putInt((int) header.frameNumber())
                .put((byte) header.subType())
                .put((byte) header.antenna())
                .put((byte) header.subSlot())
                .put((byte) 0);
        out.position(headerLength);
        out.put(payload);
        return out.array();
    }

    /** A downlink or uplink Um header with the usual defaults (antenna 0, 16-byte header). */
    public static GsmtapHeader um(int arfcn, boolean uplink, int timeslot, int subType, int subSlot, long frameNumber,
                                  int signalDbm, int snrDb) {
        return new GsmtapHeader(GsmtapHeader.VERSION, GsmtapHeader.MIN_LENGTH, GsmtapType.UM, timeslot, arfcn, uplink,
                false, signalDbm, snrDb, frameNumber, subType, 0, subSlot);
    }
}
