package org.roguewatch.lte.mac;

/**
 * The context a MAC-LTE frame carries before its MAC PDU (Wireshark packet-mac-lte.h): the fixed
 * radio type, direction and RNTI type, then whichever optional tags the writer added. Optional
 * values the frame did not carry are {@link #ABSENT}.
 *
 * @param radioType {@link #FDD} or {@link #TDD}
 * @param uplink    direction octet 0 (uplink) rather than 1 (downlink)
 * @param rntiType  whom the PDU is addressed to, which also tells its transport channel
 * @param rnti      the RNTI tag (16 bits)
 * @param ueId      the writer's own UE identifier tag
 * @param sfn       system frame number (the 12 high bits of the frame/subframe tag)
 * @param subframe  subframe number (its 4 low bits)
 * @param crcStatus the CRC status tag: {@link #CRC_OK}, or why the transport block failed
 * @param retx      the retransmission count tag
 * @param nbIot     the NB mode tag says NB-IoT, whose MAC and RLC differ
 * @param predefinedData the payload is a test pattern the writer predefined, not a MAC PDU
 */
public record MacLteContext(int radioType, boolean uplink, RntiType rntiType, int rnti, int ueId, int sfn,
                            int subframe, int crcStatus, int retx, boolean nbIot, boolean predefinedData) {
    public static final int ABSENT = -1;
    public static final int FDD = 1;
    public static final int TDD = 2;
    /** Wireshark's crc_success; 0 is a CRC error, higher values other decoding failures. */
    public static final int CRC_OK = 1;

    /** The transport block failed its CRC: its bytes are not what was sent. */
    public boolean crcFailed() {
        return crcStatus != ABSENT && crcStatus != CRC_OK;
    }
}
