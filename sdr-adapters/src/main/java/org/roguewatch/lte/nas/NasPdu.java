package org.roguewatch.lte.nas;

import org.roguewatch.lte.LteMessage;

/**
 * One NAS PDU as an LTE_NAS GSMTAP frame or an RRC dedicatedInfoNAS carries it (TS 24.301 9.1):
 * the security header and, when it can be read, the plain message inside.
 *
 * @param securityHeaderType Table 9.3.1 code (0 plain, 1-5 protected, 12-15 SERVICE REQUEST); 0
 *                           for ESM and test messages, whose first half octet is not a security header
 * @param ciphered           the header says the body is ciphered (types 2 and 4; 5 ciphers parts)
 * @param message            the plain message; {@code null} when the body is ciphered and was not read
 * @param sequenceNumber     the NAS sequence number (9.6; the 5-bit short one of a SERVICE REQUEST,
 *                           9.9.3.19), or -1 for a plain message
 */
public record NasPdu(int securityHeaderType, boolean ciphered, NasMessage message, long sequenceNumber)
        implements LteMessage {
    /** tshark's name for a body it cannot read. */
    public static final String CIPHERED_MESSAGE = "Ciphered message";

    public NasPdu {
        if (message == null && !ciphered) {
            throw new IllegalArgumentException("only a ciphered PDU may lack its message");
        }
    }

    /** A plain message: no security header. */
    public static NasPdu plain(NasMessage message) {
        return new NasPdu(SecurityHeaderTypes.PLAIN, false, message, -1);
    }

    @Override
    public String name() {
        return message != null ? message.name() : CIPHERED_MESSAGE;
    }

    @Override
    public String info() {
        String inner = message != null ? message.info() : "";
        if (securityHeaderType == SecurityHeaderTypes.PLAIN || sequenceNumber < 0) {
            return inner;
        }
        String header = SecurityHeaderTypes.name(securityHeaderType) + ", seq " + sequenceNumber;
        return inner.isEmpty() ? header : inner + " (" + header + ")";
    }
}
