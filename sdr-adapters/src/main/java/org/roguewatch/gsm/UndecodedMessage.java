package org.roguewatch.gsm;

/**
 * A layer-3 message we recognise by protocol and type but do not decode field by field (yet), or
 * do not recognise at all. It is counted by name so nothing passes silently.
 *
 * @param protocol    "RR", "MM", "CC", ... or "PD 0x..." when the discriminator is unknown
 * @param messageType the message type octet (masked as its protocol defines)
 * @param name        the spec's name, or "Unknown 0x.." when not in our tables
 */
public record UndecodedMessage(String protocol, int messageType, String name) implements GsmMessage {
    @Override
    public String info() {
        return "";
    }
}
