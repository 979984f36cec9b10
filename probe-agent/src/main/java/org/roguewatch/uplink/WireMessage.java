package org.roguewatch.uplink;

/** One frame of the uplink protocol, decoded from its envelope. */
public sealed interface WireMessage permits Hello, Batch, Ack, Heartbeat, EvidenceRequest, Evidence {
    RecordType type();
}
