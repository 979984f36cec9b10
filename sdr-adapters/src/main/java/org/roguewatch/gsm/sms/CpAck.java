package org.roguewatch.gsm.sms;

import java.util.Objects;

/** CP-ACK (TS 24.011 7.2.2). */
public record CpAck(TransactionId transactionId) implements CpMessage {
    public CpAck {
        Objects.requireNonNull(transactionId, "transactionId");
    }

    @Override
    public String name() {
        return "CP-ACK";
    }
}
