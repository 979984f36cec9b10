package org.roguewatch.lte.rrc;

import java.nio.ByteBuffer;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.lte.per.PerReader;

/**
 * Decodes a BCCH-BCH-Message (TS 36.331 6.2.1), the 24-bit {@link MasterInformationBlock}. The GSMTAP
 * LTE_RRC sub-type BCCH-BCH (4) carries it.
 */
public final class BcchBchDecoder {
    /** Bits after systemFrameNumber: schedulingInfoSIB1-BR-r13 (5), systemInfoUnchanged-BR-r15 (1), 4 more. */
    private static final int TRAILING_BITS = 10;

    private BcchBchDecoder() {
    }

    /** Never throws on bad input; see {@link BcchDlSchDecoder#decode} for the reasons reported. */
    public static Decoded<LteMessage> decode(ByteBuffer payload) {
        try {
            PerReader in = new PerReader(payload, BcchDlSchDecoder.LAYER);
            int bandwidth = SibIeReader.enumerated(in, SibValueTables.BANDWIDTH_RB);
            String duration = SibIeReader.enumerated(in, SibValueTables.PHICH_DURATION);
            String resource = SibIeReader.enumerated(in, SibValueTables.PHICH_RESOURCE);
            int systemFrameNumber = in.bits(8);
            // Rel-13+ (eMTC scheduling, Rel-17 EARFCN bits) or Rel-8 spare: not kept, but a 24-bit MIB
            // must be whole
            in.skip(TRAILING_BITS);
            return Decoded.ok(new MasterInformationBlock(bandwidth, duration, resource, systemFrameNumber));
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }
}
