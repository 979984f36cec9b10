package org.roguewatch.gsmtap;

/**
 * The GSMTAP version 2 header (libosmocore {@code include/osmocom/core/gsmtap.h},
 * {@code struct gsmtap_hdr}), every field kept.
 *
 * @param version      always 2 here
 * @param headerLength in bytes (the wire field counts 32-bit words)
 * @param type         payload type, see {@link GsmtapType}
 * @param timeslot     0..7 on Um
 * @param arfcn        ARFCN without its flag bits (EARFCN field for LTE producers that fill it)
 * @param uplink       {@code GSMTAP_ARFCN_F_UPLINK} (0x4000)
 * @param pcs          {@code GSMTAP_ARFCN_F_PCS} (0x8000): ARFCN 512..810 is PCS 1900, not DCS 1800
 * @param signalDbm    received signal level, dBm (signed)
 * @param snrDb        signal-to-noise ratio, dB (signed)
 * @param frameNumber  TDMA frame number (FN) for GSM; SFN/subframe for LTE producers
 * @param subType      channel type for Um ({@link GsmtapChannel}), RRC/NAS sub-type for LTE
 * @param antenna      antenna number
 * @param subSlot      sub-slot within the timeslot (SDCCH/4, SDCCH/8, TCH/H)
 */
public record GsmtapHeader(
        int version,
        int headerLength,
        int type,
        int timeslot,
        int arfcn,
        boolean uplink,
        boolean pcs,
        int signalDbm,
        int snrDb,
        long frameNumber,
        int subType,
        int antenna,
        int subSlot) {

    public static final int VERSION = 2;
    public static final int MIN_LENGTH = 16;
    public static final int DEFAULT_UDP_PORT = 4729;

    public static final int ARFCN_FLAG_PCS = 0x8000;
    public static final int ARFCN_FLAG_UPLINK = 0x4000;
    public static final int ARFCN_MASK = 0x3fff;

    public String typeName() {
        return GsmtapType.name(type);
    }
}
