package org.roguewatch.lte.mac;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.decode.BitReader;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;

/**
 * Reads an RLC AM PDU with the 10-bit SN of SRBs (TS 36.322 6.2.1.4 to 6.2.1.6): D/C, then for data
 * RF, P, FI, E, SN, for a segment LSF and SO, then E/LI pairs (11-bit LIs, the header padded to an
 * octet after an odd count); for control the CPT and ACK_SN. A pure function that never throws on
 * bad bytes.
 */
public final class RlcAmDecoder {
    private static final String LAYER = "rlc-am";
    private static final int CPT_STATUS = 0;

    private RlcAmDecoder() {
    }

    public static Decoded<RlcAmPdu> decode(ByteBuffer pdu) {
        try {
            BitReader bits = new BitReader(pdu, LAYER);
            return Decoded.ok(bits.bit("D/C") ? data(pdu, bits) : control(bits));
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }

    private static RlcAmStatus control(BitReader bits) {
        int type = bits.bits(3, "CPT");
        if (type != CPT_STATUS) {
            throw new DecodeException(LAYER + ".cpt-reserved", 0,
                    LAYER + ": control PDU type " + type + " is reserved (6.2.2.2: only 000, STATUS)");
        }
        return new RlcAmStatus(bits.bits(10, "ACK_SN"));
    }

    private static RlcAmData data(ByteBuffer pdu, BitReader bits) {
        boolean resegmented = bits.bit("RF");
        boolean poll = bits.bit("P");
        int framingInfo = bits.bits(2, "FI");
        boolean extension = bits.bit("E");
        int sn = bits.bits(10, "SN");
        boolean lastSegment = false;
        int segmentOffset = 0;
        if (resegmented) {
            lastSegment = bits.bit("LSF");
            segmentOffset = bits.bits(15, "SO");
        }
        List<Integer> lengths = new ArrayList<>();
        int total = 0;
        while (extension) {
            extension = bits.bit("E");
            int offset = (int) (bits.bitPosition() >>> 3);
            int length = bits.bits(11, "LI");
            if (length == 0) {
                // 6.2.2.5: an LI gives the length of a data field element, never empty.
                throw new DecodeException(LAYER + ".li-zero", offset, LAYER + ": LI " + (lengths.size() + 1) + " is 0");
            }
            lengths.add(length);
            total += length;
        }
        bits.alignToOctet();
        int headerLength = (int) (bits.bitPosition() >>> 3);
        int dataLength = pdu.remaining() - headerLength;
        if (dataLength <= 0) {
            throw new DecodeException(LAYER + ".no-data", headerLength, LAYER + ": AMD PDU SN " + sn
                    + " has a " + headerLength + "-byte header and no data");
        }
        if (total >= dataLength) {
            throw new DecodeException(LAYER + ".li-exceeds-data", headerLength, LAYER + ": LIs " + lengths
                    + " add up to " + total + " bytes, leaving nothing of the " + dataLength
                    + "-byte data field for its last element");
        }
        ByteBuffer data = pdu.slice(pdu.position() + headerLength, dataLength);
        return new RlcAmData(sn, poll, framingInfo, resegmented, lastSegment, segmentOffset, lengths, data);
    }
}
