package org.roguewatch.gsm.sms;

import org.roguewatch.gsm.GsmMessage;

/** A short message control protocol message (TS 24.011 clause 7.2), protocol discriminator 9. */
public sealed interface CpMessage extends GsmMessage permits CpData, CpAck, CpError {
    /** The SMS protocol discriminator (TS 24.007 11.2.3.1.1). */
    int PROTOCOL_DISCRIMINATOR = 0x9;
    /** CP message types (TS 24.011 8.1.3, Table 8.1). */
    int TYPE_DATA = 0x01;
    int TYPE_ACK = 0x04;
    int TYPE_ERROR = 0x10;

    TransactionId transactionId();
}
