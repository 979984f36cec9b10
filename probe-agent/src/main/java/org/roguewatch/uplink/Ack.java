package org.roguewatch.uplink;

/**
 * The analyzer holds every record of this probe up to and including {@code sequence} (cumulative),
 * so the probe may delete them from its spool. 0: nothing yet.
 */
public record Ack(long sequence) implements WireMessage {
    @Override
    public RecordType type() {
        return RecordType.ACK;
    }
}
