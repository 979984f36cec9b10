package org.roguewatch.lte.rrc;

/**
 * SecurityModeFailure (TS 36.331 6.2.2), UL-DCCH: the UE refused the SecurityModeCommand.
 *
 * @param transactionId rrc-TransactionIdentifier, 0..3
 */
public record RrcSecurityModeFailure(int transactionId) implements DedicatedRrcMessage {
    @Override
    public String name() {
        return "SecurityModeFailure";
    }
}
