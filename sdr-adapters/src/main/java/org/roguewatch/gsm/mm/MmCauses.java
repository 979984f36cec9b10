package org.roguewatch.gsm.mm;

import java.util.Map;

/** Reject cause names (TS 24.008 10.5.3.6 and Annex G). */
public final class MmCauses {
    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(2, "IMSI unknown in HLR"),
            Map.entry(3, "Illegal MS"),
            Map.entry(4, "IMSI unknown in VLR"),
            Map.entry(5, "IMEI not accepted"),
            Map.entry(6, "Illegal ME"),
            Map.entry(11, "PLMN not allowed"),
            Map.entry(12, "Location Area not allowed"),
            Map.entry(13, "Roaming not allowed in this location area"),
            Map.entry(15, "No Suitable Cells In Location Area"),
            Map.entry(17, "Network failure"),
            Map.entry(20, "MAC failure"),
            Map.entry(21, "Synch failure"),
            Map.entry(22, "Congestion"),
            Map.entry(23, "GSM authentication unacceptable"),
            Map.entry(25, "Not authorized for this CSG"),
            Map.entry(32, "Service option not supported"),
            Map.entry(33, "Requested service option not subscribed"),
            Map.entry(34, "Service option temporarily out of order"),
            Map.entry(38, "Call cannot be identified"),
            Map.entry(95, "Semantically incorrect message"),
            Map.entry(96, "Invalid mandatory information"),
            Map.entry(97, "Message type non-existent or not implemented"),
            Map.entry(98, "Message type not compatible with the protocol state"),
            Map.entry(99, "Information element non-existent or not implemented"),
            Map.entry(100, "Conditional IE error"),
            Map.entry(101, "Message not compatible with the protocol state"),
            Map.entry(111, "Protocol error, unspecified"));

    private MmCauses() {
    }

    public static String name(int cause) {
        return NAMES.getOrDefault(cause, "unspecified");
    }
}
