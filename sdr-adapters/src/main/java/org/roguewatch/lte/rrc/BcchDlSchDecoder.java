package org.roguewatch.lte.rrc;

import java.nio.ByteBuffer;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.lte.per.PerReader;

/**
 * Decodes a BCCH-DL-SCH-Message (TS 36.331 6.2.1): a {@link SystemInformationBlockType1} or a
 * {@link SystemInformation}. The GSMTAP LTE_RRC sub-type BCCH-DL-SCH (5) carries it.
 */
public final class BcchDlSchDecoder {
    static final String LAYER = "lte-rrc";

    private BcchDlSchDecoder() {
    }

    /**
     * Never throws on bad input: the result is {@link Decoded.Malformed} with a reason such as
     * {@code lte-rrc.truncated} or {@code lte-rrc.constraint}. The message class extension (a
     * future BCCH-DL-SCH message) is reported as {@code lte-rrc.bcch-dl-sch.message-class-extension}.
     * The buffer's position and limit are left as they were.
     */
    public static Decoded<LteMessage> decode(ByteBuffer payload) {
        try {
            PerReader in = new PerReader(payload, LAYER);
            // BCCH-DL-SCH-MessageType ::= CHOICE {c1 CHOICE {systemInformation, systemInformationBlockType1},
            // messageClassExtension SEQUENCE {}}
            if (in.bit()) {
                throw in.error("bcch-dl-sch.message-class-extension",
                        "messageClassExtension: a BCCH-DL-SCH message of a later release");
            }
            LteMessage message = in.bit() ? Sib1Reader.read(in) : SystemInformationReader.read(in);
            return Decoded.ok(message);
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }
}
