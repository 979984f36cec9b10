package org.roguewatch.lte.mac;

import java.nio.ByteBuffer;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;
import org.roguewatch.decode.Octets;

/**
 * Strips the PDCP header and MAC-I of an SRB Data PDU (TS 36.323 6.2.2: one octet R/R/R/SN, the
 * data, then 4 octets of MAC-I). The R bits are ignored, as 6.3.x tells the receiver to. The data
 * stays ciphered when the bearer is: the RRC decoder then reports it. Never throws on bad bytes.
 */
public final class PdcpSrbDecoder {
    private static final String LAYER = "pdcp-srb";
    private static final int MAC_I_LENGTH = 4;

    private PdcpSrbDecoder() {
    }

    public static Decoded<PdcpSrbPdu> decode(ByteBuffer pdu) {
        try {
            Octets in = Octets.of(pdu, LAYER);
            int sn = in.u8("PDCP SN") & 0x1f;
            int rrcLength = in.remaining() - MAC_I_LENGTH;
            if (rrcLength < 1) {
                throw new DecodeException(LAYER + ".truncated", 1, LAYER + ": " + pdu.remaining()
                        + "-byte PDU cannot hold a 1-byte header, an RRC message and a 4-byte MAC-I");
            }
            ByteBuffer rrc = in.slice(rrcLength, "RRC message");
            return Decoded.ok(new PdcpSrbPdu(sn, rrc, in.u32("MAC-I")));
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }
}
