package org.roguewatch.gsm.rr;

import org.roguewatch.gsm.MessageNames;

/** Names of RR message types (TS 44.018 Table 10.4.1), for messages we count but do not decode. */
public final class RrMessageNames {
    private static final MessageNames NAMES = new MessageNames("RR", 0xff)
            .with(0x00, "System Information Type 13")
            .with(0x02, "System Information Type 2bis")
            .with(0x03, "System Information Type 2ter")
            .with(0x04, "System Information Type 9")
            .with(0x05, "System Information Type 5bis")
            .with(0x06, "System Information Type 5ter")
            .with(0x07, "System Information Type 2quater")
            .with(0x0a, "Partial Release")
            .with(0x0d, "Channel Release")
            .with(0x0f, "Partial Release Complete")
            .with(0x10, "Channel Mode Modify")
            .with(0x12, "RR Status")
            .with(0x13, "Classmark Enquiry")
            .with(0x14, "Frequency Redefinition")
            .with(0x15, "Measurement Report")
            .with(0x16, "Classmark Change")
            .with(0x17, "Channel Mode Modify Acknowledge")
            .with(0x18, "System Information Type 8")
            .with(0x19, "System Information Type 1")
            .with(0x1a, "System Information Type 2")
            .with(0x1b, "System Information Type 3")
            .with(0x1c, "System Information Type 4")
            .with(0x1d, "System Information Type 5")
            .with(0x1e, "System Information Type 6")
            .with(0x1f, "System Information Type 7")
            .with(0x20, "Notification/NCH")
            .with(0x21, "Paging Request Type 1")
            .with(0x22, "Paging Request Type 2")
            .with(0x24, "Paging Request Type 3")
            .with(0x27, "Paging Response")
            .with(0x28, "Handover Failure")
            .with(0x29, "Assignment Complete")
            .with(0x2b, "Handover Command")
            .with(0x2c, "Handover Complete")
            .with(0x2d, "Physical Information")
            .with(0x2e, "Assignment Command")
            .with(0x2f, "Assignment Failure")
            .with(0x30, "Configuration Change Command")
            .with(0x31, "Configuration Change Ack")
            .with(0x32, "Ciphering Mode Complete")
            .with(0x33, "Configuration Change Reject")
            .with(0x34, "GPRS Suspension Request")
            .with(0x35, "Ciphering Mode Command")
            .with(0x36, "Extended Measurement Report")
            .with(0x37, "Extended Measurement Order")
            .with(0x39, "Immediate Assignment Extended")
            .with(0x3a, "Immediate Assignment Reject")
            .with(0x3b, "Additional Assignment")
            .with(0x3d, "System Information Type 16")
            .with(0x3e, "System Information Type 17")
            .with(0x3f, "Immediate Assignment");

    private RrMessageNames() {
    }

    public static String name(int messageType) {
        return NAMES.name(messageType);
    }
}
