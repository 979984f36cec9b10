package org.roguewatch.lte.nas;

import java.util.Map;

/** EMM cause values (TS 24.301 9.9.3.9, Table 9.9.3.9.1), named as the spec and tshark write them. */
public final class EmmCauses {
    /** Annex A.1: the cause a UE substitutes for any value it does not know. */
    public static final int PROTOCOL_ERROR_UNSPECIFIED = 111;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(2, "IMSI unknown in HSS"),
            Map.entry(3, "Illegal UE"),
            Map.entry(5, "IMEI not accepted"),
            Map.entry(6, "Illegal ME"),
            Map.entry(7, "EPS services not allowed"),
            Map.entry(8, "EPS services and non-EPS services not allowed"),
            Map.entry(9, "UE identity cannot be derived by the network"),
            Map.entry(10, "Implicitly detached"),
            Map.entry(11, "PLMN not allowed"),
            Map.entry(12, "Tracking Area not allowed"),
            Map.entry(13, "Roaming not allowed in this tracking area"),
            Map.entry(14, "EPS services not allowed in this PLMN"),
            Map.entry(15, "No Suitable Cells In tracking area"),
            Map.entry(16, "MSC temporarily not reachable"),
            Map.entry(17, "Network failure"),
            Map.entry(18, "CS domain not available"),
            Map.entry(19, "ESM failure"),
            Map.entry(20, "MAC failure"),
            Map.entry(21, "Synch failure"),
            Map.entry(22, "Congestion"),
            Map.entry(23, "UE security capabilities mismatch"),
            Map.entry(24, "Security mode rejected, unspecified"),
            Map.entry(25, "Not authorized for this CSG"),
            Map.entry(26, "Non-EPS authentication unacceptable"),
            Map.entry(31, "Redirection to 5GCN required"),
            Map.entry(35, "Requested service option not authorized in this PLMN"),
            Map.entry(39, "CS service temporarily not available"),
            Map.entry(40, "No EPS bearer context activated"),
            Map.entry(42, "Severe network failure"),
            Map.entry(95, "Semantically incorrect message"),
            Map.entry(96, "Invalid mandatory information"),
            Map.entry(97, "Message type non-existent or not implemented"),
            Map.entry(98, "Message type not compatible with the protocol state"),
            Map.entry(99, "Information element non-existent or not implemented"),
            Map.entry(100, "Conditional IE error"),
            Map.entry(101, "Message not compatible with the protocol state"),
            Map.entry(111, "Protocol error, unspecified"));

    private EmmCauses() {
    }

    /** The cause's name; for a value the table lacks, says so and what a UE makes of it (Annex A.1). */
    public static String name(int cause) {
        String name = NAMES.get(cause);
        return name != null ? name : "Unknown cause (read as Protocol error, unspecified)";
    }

    /** True when the spec defines the value. */
    public static boolean isKnown(int cause) {
        return NAMES.containsKey(cause);
    }

    /** "#7 EPS services not allowed": the number and the name, as the records' info lines show causes. */
    static String label(int cause) {
        return "#" + cause + " " + name(cause);
    }
}
