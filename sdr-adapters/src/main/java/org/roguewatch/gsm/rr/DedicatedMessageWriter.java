package org.roguewatch.gsm.rr;

import org.roguewatch.gsm.FixedClassmarks;
import org.roguewatch.gsm.MobileIdentityEncoder;
import org.roguewatch.gsm.OctetWriter;

/**
 * RR messages of the dedicated channels as bare layer 3 (TS 44.018 9.1.7, 9.1.9, 9.1.25). Fields
 * the records do not keep: Channel Release has none of its optional IEs; Paging Response carries
 * {@link FixedClassmarks#classmark2()} and a zero spare half octet.
 */
final class DedicatedMessageWriter {
    static final int CHANNEL_RELEASE = 0x0d;
    static final int CIPHERING_MODE_COMMAND = 0x35;
    static final int PAGING_RESPONSE = 0x27;

    private DedicatedMessageWriter() {
    }

    static byte[] channelRelease(ChannelRelease release) {
        Fields.requireRange("RR cause", release.rrCause(), 8);
        return SystemInformationWriter.header(CHANNEL_RELEASE).u8(release.rrCause()).toByteArray();
    }

    /**
     * Cipher Mode Setting (10.5.2.9) in the low half octet: SC in bit 1, algorithm identifier in
     * bits 4-2 (A5/1 as 000 ... A5/7 as 110; 111 is reserved and reads back as 8); Cipher Response
     * (10.5.2.10) in the high half: CR in bit 5. Without SC the algorithm bits are 000.
     */
    static byte[] cipheringModeCommand(CipheringModeCommand command) {
        int setting;
        if (command.startCiphering()) {
            if (command.algorithm() < 1 || command.algorithm() > 8) {
                throw new IllegalArgumentException("A5 algorithm " + command.algorithm() + " outside 1..8 (8 = reserved code 111)");
            }
            setting = (command.algorithm() - 1) << 1 | 0x01;
        } else {
            if (command.algorithm() != 0) {
                throw new IllegalArgumentException("no ciphering carries algorithm 0, not " + command.algorithm());
            }
            setting = 0;
        }
        return SystemInformationWriter.header(CIPHERING_MODE_COMMAND)
                .u8((command.imeisvRequested() ? 0x10 : 0) | setting).toByteArray();
    }

    /** CKSN (10.5.1.2) and a spare half octet, Classmark 2 (LV), Mobile Identity (LV). */
    static byte[] pagingResponse(PagingResponse response) {
        Fields.requireRange("ciphering key sequence number", response.cipheringKeySequence(), 3);
        return SystemInformationWriter.header(PAGING_RESPONSE).u8(response.cipheringKeySequence())
                .lv(FixedClassmarks.classmark2())
                .bytes(MobileIdentityEncoder.lv(response.identity()))
                .toByteArray();
    }
}
