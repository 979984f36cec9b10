package org.roguewatch.uplink;

import java.util.Optional;

/** Where a probe looks up the raw frame behind a frame reference. */
public interface EvidenceStore {
    EvidenceStore NONE = (source, frame) -> Optional.empty();

    /** The frame as a one-packet pcap, or empty when it is not (or no longer) kept. */
    Optional<byte[]> frame(String source, long frame);
}
