package org.roguewatch.uplink;

/**
 * The first frame a probe sends on a connection; the analyzer answers with an {@link Ack} of the
 * highest sequence it holds from this probe, so the probe resends only what follows.
 *
 * @param probeId      the probe's id; must equal the CN of its client certificate
 * @param agentVersion the agent's software version, for the registry
 */
public record Hello(String probeId, String agentVersion) implements WireMessage {
    @Override
    public RecordType type() {
        return RecordType.HELLO;
    }
}
