package org.roguewatch.uplink;

/** The probe's health, sent periodically while connected. */
public record Heartbeat(ProbeHealth health) implements WireMessage {
    @Override
    public RecordType type() {
        return RecordType.HEARTBEAT;
    }
}
