package org.roguewatch.gsm.sms;

/**
 * The transaction identifier of a CM-sublayer message (TS 24.007 11.2.3.1.3), which ties CP
 * messages to one SMS transfer.
 *
 * @param value              TIO (0-6), or the extended TI value when TIO is 7
 * @param sentToOriginator   the TI flag: {@code false} when the message comes from the side that
 *                           allocated the TI, {@code true} when it goes to that side
 */
public record TransactionId(int value, boolean sentToOriginator) {
    public TransactionId {
        if (value < 0 || value > 127) {
            throw new IllegalArgumentException("transaction identifier " + value);
        }
    }
}
