package org.roguewatch.gsm.sms;

import java.util.Objects;

/** CP-DATA (TS 24.011 7.2.1), carrying one RP message in its CP-User data. */
public record CpData(TransactionId transactionId, RpMessage rp) implements CpMessage {
    public CpData {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(rp, "rp");
    }

    @Override
    public String name() {
        return "CP-DATA";
    }
}
