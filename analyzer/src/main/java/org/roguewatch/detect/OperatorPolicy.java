package org.roguewatch.detect;

import java.util.Set;

/**
 * What the operator tells the analyzer about itself: its own (home) PLMNs, its partners' (roaming,
 * national roaming) and the SMS senders only it may use (bank and carrier short codes).
 */
public record OperatorPolicy(Set<String> homePlmns, Set<String> partnerPlmns, Set<String> protectedSenders) {
    public static final OperatorPolicy NONE = new OperatorPolicy(Set.of(), Set.of(), Set.of());

    public OperatorPolicy {
        homePlmns = Set.copyOf(homePlmns);
        partnerPlmns = Set.copyOf(partnerPlmns);
        protectedSenders = Set.copyOf(protectedSenders);
    }

    /** Whether PLMN lists were configured at all (else nothing can be called foreign). */
    public boolean knowsPlmns() {
        return !homePlmns.isEmpty() || !partnerPlmns.isEmpty();
    }

    public boolean isKnownPlmn(String plmn) {
        return homePlmns.contains(plmn) || partnerPlmns.contains(plmn);
    }
}
