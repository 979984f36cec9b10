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

    /** The RP message, and for an SMS its sender and the start of its text. */
    @Override
    public String info() {
        StringBuilder out = new StringBuilder(rp.name());
        if (rp instanceof RpData data && data.tpdu() instanceof SmsDeliver deliver) {
            String text = deliver.text() == null ? "" : deliver.text().replaceAll("\\s+", " ");
            out.append(" SMS-DELIVER from ").append(deliver.originatingAddress().display()).append(": ")
                    .append(text.length() > 48 ? text.substring(0, 47) + "…" : text);
        } else if (rp instanceof RpData data) {
            out.append(' ').append(data.tpdu().name());
        }
        return out.toString();
    }
}
