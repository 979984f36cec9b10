package org.roguewatch.gsm.rr;

import java.util.Map;
import java.util.function.Function;
import org.roguewatch.gsm.OctetWriter;

/**
 * Encodes RR messages (TS 44.018) into the bytes {@link RrDecoder} reads: for every record the
 * decoder yields, decoding the output gives the record back. What a record does not keep is written
 * with a documented default (see {@link SystemInformationWriter}, {@link CommonControlWriter},
 * {@link DedicatedMessageWriter}); values that do not fit their fields, or combinations the decoder
 * could not return, are refused with {@link IllegalArgumentException}.
 */
public final class RrEncoder {
    /** A GSM MAC block on BCCH, CCCH, SDCCH and SACCH (TS 44.006 format Bbis / B4). */
    public static final int BLOCK_OCTETS = 23;
    /** Ordered MS power level and timing advance before LAPDm on SACCH (TS 44.004 7.2). */
    static final int SACCH_L1_HEADER = 2;
    /** LAPDm address SAPI 0, command, EA (TS 44.006 3.2), and UI control (3.4.2) of a format B4 frame. */
    static final int B4_ADDRESS = 0x03;
    static final int B4_UI = 0x03;

    /** One writer per message record, as the decoder keeps one per message type. */
    private static final Map<Class<?>, Function<RrMessage, byte[]>> BCCH = Map.of(
            SystemInformation1.class, m -> SystemInformationWriter.si1((SystemInformation1) m).frame(BLOCK_OCTETS),
            SystemInformation2.class, m -> SystemInformationWriter.si2((SystemInformation2) m).frame(BLOCK_OCTETS),
            SystemInformation2bis.class, m -> SystemInformationWriter.si2bis((SystemInformation2bis) m).frame(BLOCK_OCTETS),
            SystemInformation2ter.class, m -> SystemInformationWriter.si2ter((SystemInformation2ter) m).frame(BLOCK_OCTETS),
            // SI2quater and SI13 have fixed L2 pseudo lengths (1 and 0, TS 44.018 9.1.34a, 9.1.43a): their
            // rest-octet encoders frame them.
            SystemInformation2quater.class, m -> Si2quaterRestOctetsEncoder.encodeBlock(((SystemInformation2quater) m).restOctets()),
            SystemInformation3.class, m -> SystemInformationWriter.si3((SystemInformation3) m).frame(BLOCK_OCTETS),
            SystemInformation4.class, m -> SystemInformationWriter.si4((SystemInformation4) m).frame(BLOCK_OCTETS),
            SystemInformation13.class, m -> Si13RestOctetsEncoder.encodeBlock(((SystemInformation13) m).restOctets()),
            PagingRequest.class, m -> CommonControlWriter.pagingRequest((PagingRequest) m).frame(BLOCK_OCTETS),
            ImmediateAssignment.class, m -> CommonControlWriter.immediateAssignment((ImmediateAssignment) m).frame(BLOCK_OCTETS));
    private static final Map<Class<?>, Function<RrMessage, BbisMessage>> SACCH = Map.of(
            SystemInformation5.class, m -> SystemInformationWriter.si5((SystemInformation5) m),
            SystemInformation6.class, m -> SystemInformationWriter.si6((SystemInformation6) m));
    private static final Map<Class<?>, Function<RrMessage, byte[]>> DEDICATED = Map.of(
            ChannelRelease.class, m -> DedicatedMessageWriter.channelRelease((ChannelRelease) m),
            CipheringModeCommand.class, m -> DedicatedMessageWriter.cipheringModeCommand((CipheringModeCommand) m),
            PagingResponse.class, m -> DedicatedMessageWriter.pagingResponse((PagingResponse) m));

    private RrEncoder() {
    }

    /**
     * The 23-octet BCCH/CCCH block: L2 pseudo length, the message, its rest octets, 0x2B padding.
     * Accepts System Information 1, 2, 2bis, 2ter, 2quater, 3, 4 and 13, Paging Request 1/2/3 and
     * Immediate Assignment.
     *
     * @throws IllegalArgumentException for other messages, or content that cannot be expressed
     */
    public static byte[] bcchBlock(RrMessage message) {
        Function<RrMessage, byte[]> writer = BCCH.get(message.getClass());
        if (writer == null) {
            throw new IllegalArgumentException(message.name() + " is not sent on BCCH/CCCH; use "
                    + (SACCH.containsKey(message.getClass()) ? "sacchBlock" : "l3"));
        }
        return writer.apply(message);
    }

    /**
     * The 23-octet SACCH block of System Information 5, 5bis, 5ter or 6 as tshark reads GSMTAP
     * SACCH: the L1 header (ordered MS power level, ordered timing advance), a LAPDm format B4 UI
     * frame header (SAPI 0, no length octet, TS 44.006 2.1), then L2 pseudo length, message and
     * padding, as on BCCH.
     *
     * @param msPowerLevel  ordered MS power level, 0..31 (L1 header octet 1, bits 5-1; FPC/SRO bits 0)
     * @param timingAdvance ordered timing advance, 0..63 (L1 header octet 2, bits 8-7 spare)
     * @throws IllegalArgumentException for other messages or values out of range
     */
    public static byte[] sacchBlock(RrMessage message, int msPowerLevel, int timingAdvance) {
        Fields.requireRange("MS power level", msPowerLevel, 5);
        Fields.requireRange("timing advance", timingAdvance, 6);
        Function<RrMessage, BbisMessage> writer = SACCH.get(message.getClass());
        if (writer == null) {
            throw new IllegalArgumentException(message.name() + " is not sent on SACCH; use bcchBlock or l3");
        }
        BbisMessage bbis = writer.apply(message);
        byte[] info = bbis.frame(BLOCK_OCTETS - SACCH_L1_HEADER - 2);
        return new OctetWriter().u8(msPowerLevel).u8(timingAdvance).u8(B4_ADDRESS).u8(B4_UI).bytes(info)
                .toByteArray();
    }

    /**
     * Bare layer 3 of a dedicated-channel message: Channel Release, Ciphering Mode Command or
     * Paging Response (to be framed in LAPDm I-frames or sent as GSMTAP Abis).
     *
     * @throws IllegalArgumentException for broadcast messages, whose rest octets need the L2 pseudo
     *                                  length of {@link #bcchBlock} or {@link #sacchBlock}
     */
    public static byte[] l3(RrMessage message) {
        Function<RrMessage, byte[]> writer = DEDICATED.get(message.getClass());
        if (writer == null) {
            throw new IllegalArgumentException(message.name() + " is a broadcast message; use bcchBlock or sacchBlock");
        }
        return writer.apply(message);
    }
}
