package org.roguewatch.gsm;

/** Names of Call Control message types (TS 24.008 Table 10.3), counted but not decoded. */
final class CcMessageNames {
    private static final String[] NAMES = new String[64];

    static {
        NAMES[0x01] = "Alerting";
        NAMES[0x02] = "Call Proceeding";
        NAMES[0x03] = "Progress";
        NAMES[0x05] = "Setup";
        NAMES[0x07] = "Connect";
        NAMES[0x08] = "Call Confirmed";
        NAMES[0x0e] = "Emergency Setup";
        NAMES[0x0f] = "Connect Acknowledge";
        NAMES[0x25] = "Disconnect";
        NAMES[0x2a] = "Release Complete";
        NAMES[0x2d] = "Release";
        NAMES[0x34] = "Status Enquiry";
        NAMES[0x3d] = "Status";
    }

    private CcMessageNames() {
    }

    static String name(int messageType) {
        String name = messageType >= 0 ? NAMES[messageType & 0x3f] : null;
        return name != null ? name : String.format("Unknown CC message 0x%02x", messageType);
    }
}
