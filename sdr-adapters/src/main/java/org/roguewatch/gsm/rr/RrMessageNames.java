package org.roguewatch.gsm.rr;

/** Names of RR message types (TS 44.018 Table 10.4.1), for messages we count but do not decode. */
public final class RrMessageNames {
    private static final String[] NAMES = new String[256];

    static {
        NAMES[0x00] = "System Information Type 13";
        NAMES[0x02] = "System Information Type 2bis";
        NAMES[0x03] = "System Information Type 2ter";
        NAMES[0x04] = "System Information Type 9";
        NAMES[0x05] = "System Information Type 5bis";
        NAMES[0x06] = "System Information Type 5ter";
        NAMES[0x07] = "System Information Type 2quater";
        NAMES[0x0a] = "Partial Release";
        NAMES[0x0d] = "Channel Release";
        NAMES[0x0f] = "Partial Release Complete";
        NAMES[0x10] = "Channel Mode Modify";
        NAMES[0x12] = "RR Status";
        NAMES[0x13] = "Classmark Enquiry";
        NAMES[0x14] = "Frequency Redefinition";
        NAMES[0x15] = "Measurement Report";
        NAMES[0x16] = "Classmark Change";
        NAMES[0x17] = "Channel Mode Modify Acknowledge";
        NAMES[0x18] = "System Information Type 8";
        NAMES[0x19] = "System Information Type 1";
        NAMES[0x1a] = "System Information Type 2";
        NAMES[0x1b] = "System Information Type 3";
        NAMES[0x1c] = "System Information Type 4";
        NAMES[0x1d] = "System Information Type 5";
        NAMES[0x1e] = "System Information Type 6";
        NAMES[0x1f] = "System Information Type 7";
        NAMES[0x20] = "Notification/NCH";
        NAMES[0x21] = "Paging Request Type 1";
        NAMES[0x22] = "Paging Request Type 2";
        NAMES[0x24] = "Paging Request Type 3";
        NAMES[0x27] = "Paging Response";
        NAMES[0x28] = "Handover Failure";
        NAMES[0x29] = "Assignment Complete";
        NAMES[0x2b] = "Handover Command";
        NAMES[0x2c] = "Handover Complete";
        NAMES[0x2d] = "Physical Information";
        NAMES[0x2e] = "Assignment Command";
        NAMES[0x2f] = "Assignment Failure";
        NAMES[0x30] = "Configuration Change Command";
        NAMES[0x31] = "Configuration Change Ack";
        NAMES[0x32] = "Ciphering Mode Complete";
        NAMES[0x33] = "Configuration Change Reject";
        NAMES[0x34] = "GPRS Suspension Request";
        NAMES[0x35] = "Ciphering Mode Command";
        NAMES[0x36] = "Extended Measurement Report";
        NAMES[0x37] = "Extended Measurement Order";
        NAMES[0x39] = "Immediate Assignment Extended";
        NAMES[0x3a] = "Immediate Assignment Reject";
        NAMES[0x3b] = "Additional Assignment";
        NAMES[0x3d] = "System Information Type 16";
        NAMES[0x3e] = "System Information Type 17";
        NAMES[0x3f] = "Immediate Assignment";
    }

    private RrMessageNames() {
    }

    public static String name(int messageType) {
        String name = NAMES[messageType & 0xff];
        return name != null ? name : String.format("Unknown RR message 0x%02x", messageType);
    }
}
