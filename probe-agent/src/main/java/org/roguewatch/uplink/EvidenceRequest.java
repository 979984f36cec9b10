package org.roguewatch.uplink;

/**
 * The analyzer asks a probe for the raw frame a finding cites.
 *
 * @param requestId chosen by the analyzer, echoed in the {@link Evidence} answer
 * @param source    the frame reference's source (capture file or live stream, as the probe named it)
 * @param frame     the frame reference's 1-based frame number
 */
public record EvidenceRequest(long requestId, String source, long frame) implements WireMessage {
    @Override
    public RecordType type() {
        return RecordType.EVIDENCE_REQUEST;
    }
}
