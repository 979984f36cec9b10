package org.roguewatch.lte;

import java.nio.ByteBuffer;
import org.roguewatch.decode.Decoded;
import org.roguewatch.lte.rrc.BcchBchDecoder;
import org.roguewatch.lte.rrc.BcchDlSchDecoder;
import org.roguewatch.lte.rrc.DlCcchDecoder;
import org.roguewatch.lte.rrc.DlDcchDecoder;
import org.roguewatch.lte.rrc.PcchDecoder;
import org.roguewatch.lte.rrc.UlCcchDecoder;
import org.roguewatch.lte.rrc.UlDcchDecoder;

/** Routes an LTE RRC PDU to its channel's decoder by GSMTAP sub-type (TS 36.331 6.2.1). Never throws. */
public final class LteRrcDecoder {
    private LteRrcDecoder() {
    }

    /** @return the message, or null when the channel is one we do not decode (MCCH, NB-IoT...) */
    public static Decoded<LteMessage> decode(int subType, ByteBuffer pdu) {
        return switch (subType) {
            case LteRrcChannel.DL_CCCH -> DlCcchDecoder.decode(pdu);
            case LteRrcChannel.DL_DCCH -> DlDcchDecoder.decode(pdu);
            case LteRrcChannel.UL_CCCH -> UlCcchDecoder.decode(pdu);
            case LteRrcChannel.UL_DCCH -> UlDcchDecoder.decode(pdu);
            case LteRrcChannel.BCCH_BCH -> BcchBchDecoder.decode(pdu);
            case LteRrcChannel.BCCH_DL_SCH -> BcchDlSchDecoder.decode(pdu);
            case LteRrcChannel.PCCH -> PcchDecoder.decode(pdu);
            default -> null;
        };
    }
}
