package org.roguewatch.uplink;

/**
 * A probe's answer to an {@link EvidenceRequest}.
 *
 * @param requestId the request answered
 * @param found     whether the probe still keeps the frame (evidence files rotate)
 * @param pcap      a pcap file holding that one frame as it was received; empty when not found
 */
public record Evidence(long requestId, boolean found, byte[] pcap) implements WireMessage {
    @Override
    public RecordType type() {
        return RecordType.EVIDENCE;
    }
}
