package org.roguewatch.gsm.sms;

import java.util.Objects;

/** CP-ERROR (TS 24.011 7.2.3) with its CP-Cause value (8.1.4.2, Table 8.2). */
public record CpError(TransactionId transactionId, int cause) implements CpMessage {
    public CpError {
        Objects.requireNonNull(transactionId, "transactionId");
    }

    @Override
    public String name() {
        return "CP-ERROR";
    }
}
