package org.roguewatch.gsm.mm;

import org.roguewatch.gsm.MessageNames;

/** Names of MM message types (TS 24.008 Table 10.2). */
public final class MmMessageNames {
    private static final MessageNames NAMES = new MessageNames("MM", 0x3f)
            .with(0x01, "IMSI Detach Indication")
            .with(0x02, "Location Updating Accept")
            .with(0x04, "Location Updating Reject")
            .with(0x08, "Location Updating Request")
            .with(0x11, "Authentication Reject")
            .with(0x12, "Authentication Request")
            .with(0x14, "Authentication Response")
            .with(0x1c, "Authentication Failure")
            .with(0x18, "Identity Request")
            .with(0x19, "Identity Response")
            .with(0x1a, "TMSI Reallocation Command")
            .with(0x1b, "TMSI Reallocation Complete")
            .with(0x21, "CM Service Accept")
            .with(0x22, "CM Service Reject")
            .with(0x23, "CM Service Abort")
            .with(0x24, "CM Service Request")
            .with(0x25, "CM Service Prompt")
            .with(0x28, "CM Re-establishment Request")
            .with(0x29, "Abort")
            .with(0x30, "MM Null")
            .with(0x31, "MM Status")
            .with(0x32, "MM Information");

    private MmMessageNames() {
    }

    public static String name(int messageType) {
        return NAMES.name(messageType);
    }
}
