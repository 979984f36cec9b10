package org.roguewatch.lte.nas;

/**
 * A NAS message decoded no further than its type: an EMM message this package has no record for
 * (named from Table 9.8.1, or "Unknown EMM message 0x.."), or a test procedures message (PD 15).
 */
public record OtherNasMessage(int protocolDiscriminator, int type, String name) implements NasMessage {
    /** The message of {@code type} under {@code protocolDiscriminator}, named from the tables. */
    public static OtherNasMessage of(int protocolDiscriminator, int type) {
        return new OtherNasMessage(protocolDiscriminator, type, NasMessageNames.of(protocolDiscriminator, type));
    }
}
