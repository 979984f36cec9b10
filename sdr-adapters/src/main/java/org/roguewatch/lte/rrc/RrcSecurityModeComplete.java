package org.roguewatch.lte.rrc;

/**
 * SecurityModeComplete (TS 36.331 6.2.2), UL-DCCH: the UE accepted the AS security algorithms.
 *
 * @param transactionId rrc-TransactionIdentifier, 0..3
 */
public record RrcSecurityModeComplete(int transactionId) implements DedicatedRrcMessage {
    @Override
    public String name() {
        return "SecurityModeComplete";
    }
}
