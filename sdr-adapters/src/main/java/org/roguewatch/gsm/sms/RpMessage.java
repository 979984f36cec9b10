package org.roguewatch.gsm.sms;

/** A short message relay layer message (TS 24.011 clause 7.3). */
public sealed interface RpMessage permits RpData, RpAck, RpError, RpSmma {
    /** RP message type values (TS 24.011 8.2.2, Table 8.3). */
    int TYPE_DATA_MS_TO_NETWORK = 0b000;
    int TYPE_DATA_NETWORK_TO_MS = 0b001;
    int TYPE_ACK_MS_TO_NETWORK = 0b010;
    int TYPE_ACK_NETWORK_TO_MS = 0b011;
    int TYPE_ERROR_MS_TO_NETWORK = 0b100;
    int TYPE_ERROR_NETWORK_TO_MS = 0b101;
    int TYPE_SMMA_MS_TO_NETWORK = 0b110;

    /** Which way the message travels; it is part of the RP message type. */
    Direction direction();

    /** RP-Message Reference (8.2.3), pairing RP-DATA with its RP-ACK or RP-ERROR. */
    int messageReference();

    /** The RP message type octet. */
    int messageType();

    /** As tshark writes it, e.g. {@code RP-DATA (Network to MS)}. */
    String name();
}
