package org.roguewatch.gsmtap;

import java.nio.ByteBuffer;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;
import org.roguewatch.decode.Octets;

/** Decodes the GSMTAP v2 header from a UDP payload; never throws on bad bytes. */
public final class GsmtapDecoder {
    private GsmtapDecoder() {
    }

    public static Decoded<GsmtapFrame> decode(FrameRef ref, ByteBuffer udpPayload) {
        try {
            return Decoded.ok(decodeOrThrow(ref, udpPayload));
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }

    private static GsmtapFrame decodeOrThrow(FrameRef ref, ByteBuffer udpPayload) {
        Octets in = Octets.of(udpPayload, "gsmtap");
        int version = in.u8("version");
        if (version != GsmtapHeader.VERSION) {
            throw new DecodeException("gsmtap.version", 0,
                    "gsmtap: version " + version + ", expected " + GsmtapHeader.VERSION);
        }
        int headerLength = in.u8("hdr_len") * 4;
        if (headerLength < GsmtapHeader.MIN_LENGTH || headerLength > in.length()) {
            throw new DecodeException("gsmtap.header-length", 1, "gsmtap: header length " + headerLength
                    + " bytes in a " + in.length() + "-byte datagram (minimum " + GsmtapHeader.MIN_LENGTH + ")");
        }
        int type = in.u8("type");
        int timeslot = in.u8("timeslot");
        int arfcnField = in.u16("arfcn");
        int signalDbm = (byte) in.u8("signal_dbm");
        int snrDb = (byte) in.u8("snr_db");
        long frameNumber = in.u32("frame_number");
        int subType = in.u8("sub_type");
        int antenna = in.u8("antenna_nr");
        int subSlot = in.u8("sub_slot");
        in.skip(headerLength - 15, "header tail");
        GsmtapHeader header = new GsmtapHeader(version, headerLength, type, timeslot,
                arfcnField & GsmtapHeader.ARFCN_MASK,
                (arfcnField & GsmtapHeader.ARFCN_FLAG_UPLINK) != 0,
                (arfcnField & GsmtapHeader.ARFCN_FLAG_PCS) != 0,
                signalDbm, snrDb, frameNumber, subType, antenna, subSlot);
        ByteBuffer payload = in.rest();
        return new GsmtapFrame(ref, header, payload.isReadOnly() ? payload : payload.asReadOnlyBuffer());
    }
}
