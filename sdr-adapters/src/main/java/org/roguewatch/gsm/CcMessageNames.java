package org.roguewatch.gsm;

/** Names of Call Control message types (TS 24.008 Table 10.3), counted but not decoded. */
final class CcMessageNames {
    private static final MessageNames NAMES = new MessageNames("CC", 0x3f)
            .with(0x01, "Alerting")
            .with(0x02, "Call Proceeding")
            .with(0x03, "Progress")
            .with(0x05, "Setup")
            .with(0x07, "Connect")
            .with(0x08, "Call Confirmed")
            .with(0x0e, "Emergency Setup")
            .with(0x0f, "Connect Acknowledge")
            .with(0x25, "Disconnect")
            .with(0x2a, "Release Complete")
            .with(0x2d, "Release")
            .with(0x34, "Status Enquiry")
            .with(0x3d, "Status");

    private CcMessageNames() {
    }

    static String name(int messageType) {
        return NAMES.name(messageType);
    }
}
