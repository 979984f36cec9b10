package org.roguewatch.gsm.mm;

/** Names of MM message types (TS 24.008 Table 10.2). */
public final class MmMessageNames {
    private static final String[] NAMES = new String[64];

    static {
        NAMES[0x01] = "IMSI Detach Indication";
        NAMES[0x02] = "Location Updating Accept";
        NAMES[0x04] = "Location Updating Reject";
        NAMES[0x08] = "Location Updating Request";
        NAMES[0x11] = "Authentication Reject";
        NAMES[0x12] = "Authentication Request";
        NAMES[0x14] = "Authentication Response";
        NAMES[0x1c] = "Authentication Failure";
        NAMES[0x18] = "Identity Request";
        NAMES[0x19] = "Identity Response";
        NAMES[0x1a] = "TMSI Reallocation Command";
        NAMES[0x1b] = "TMSI Reallocation Complete";
        NAMES[0x21] = "CM Service Accept";
        NAMES[0x22] = "CM Service Reject";
        NAMES[0x23] = "CM Service Abort";
        NAMES[0x24] = "CM Service Request";
        NAMES[0x25] = "CM Service Prompt";
        NAMES[0x28] = "CM Re-establishment Request";
        NAMES[0x29] = "Abort";
        NAMES[0x30] = "MM Null";
        NAMES[0x31] = "MM Status";
        NAMES[0x32] = "MM Information";
    }

    private MmMessageNames() {
    }

    public static String name(int messageType) {
        String name = NAMES[messageType & 0x3f];
        return name != null ? name : String.format("Unknown MM message 0x%02x", messageType);
    }
}
