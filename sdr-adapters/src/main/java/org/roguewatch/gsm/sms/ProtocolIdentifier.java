package org.roguewatch.gsm.sms;

/** TP-PID values with a meaning for detection (TS 23.040 9.2.3.9, bits 7-6 = 01). */
public final class ProtocolIdentifier {
    /** Plain SME-to-SME short message. */
    public static final int DEFAULT = 0x00;
    /** Short Message Type 0: the MS acknowledges it but discards it unseen ("silent SMS"). */
    public static final int SHORT_MESSAGE_TYPE_0 = 0x40;
    /** Replace Short Message Type 1..7 are 0x41..0x47. */
    public static final int REPLACE_TYPE_1 = 0x41;
    public static final int REPLACE_TYPE_7 = 0x47;
    public static final int DEVICE_TRIGGERING = 0x48;
    public static final int RETURN_CALL = 0x5F;
    public static final int ANSI_136_R_DATA = 0x7C;
    /** Data for the ME itself, not shown to the user. */
    public static final int ME_DATA_DOWNLOAD = 0x7D;
    public static final int ME_DEPERSONALIZATION = 0x7E;
    /** (U)SIM data download: handed to the SIM (OTA, TS 31.111 7.1.1 / TS 31.115). */
    public static final int SIM_DATA_DOWNLOAD = 0x7F;

    private ProtocolIdentifier() {
    }
}
