package org.roguewatch.gsm;

/**
 * A table of message names keyed by message type, as each protocol's spec lists them, with a
 * stable fallback for types the table lacks.
 */
public final class MessageNames {
    private final String[] names;
    private final int mask;
    private final String protocol;

    /**
     * @param protocol the protocol's short name, used in the fallback "Unknown RR message 0x2a"
     * @param mask     the bits of the type octet that name the message
     */
    public MessageNames(String protocol, int mask) {
        this.protocol = protocol;
        this.mask = mask;
        this.names = new String[mask + 1];
    }

    public MessageNames with(int messageType, String name) {
        names[messageType & mask] = name;
        return this;
    }

    public String name(int messageType) {
        String name = messageType >= 0 ? names[messageType & mask] : null;
        return name != null ? name : String.format("Unknown %s message 0x%02x", protocol, messageType);
    }
}
