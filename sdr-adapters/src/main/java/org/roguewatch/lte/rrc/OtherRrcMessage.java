package org.roguewatch.lte.rrc;

import java.util.Objects;

/**
 * A message we identify by its channel and CHOICE index but do not decode field by field (e.g.
 * RRCConnectionSetup, UECapabilityEnquiry, CounterCheck), a message whose critical extension is
 * newer than ours, or a message class extension; counted by name so nothing passes silently.
 *
 * @param channel the logical channel: "PCCH", "DL-CCCH", "DL-DCCH", "UL-CCCH" or "UL-DCCH"
 * @param name    the message name as tshark's Info column writes it
 */
public record OtherRrcMessage(String channel, String name) implements DedicatedRrcMessage {
    public OtherRrcMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String info() {
        return channel;
    }
}
