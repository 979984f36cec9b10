package org.roguewatch.gsm.sms;

/** Which way a short message PDU travels; RP message types and TP-MTI values depend on it. */
public enum Direction {
    MS_TO_NETWORK("MS to Network"),
    NETWORK_TO_MS("Network to MS");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    /** As tshark writes it in RP message names, e.g. {@code Network to MS}. */
    public String label() {
        return label;
    }

    public static Direction of(boolean networkToMs) {
        return networkToMs ? NETWORK_TO_MS : MS_TO_NETWORK;
    }
}
