package org.roguewatch.detect;

import org.roguewatch.observe.DedicatedStep;
import org.roguewatch.observe.DedicatedTransaction;

/** A dedicated-channel transaction and the probe that heard it. */
public record ProbeTransaction(String probeId, DedicatedTransaction transaction) {

    /** Evidence pointing at one step of the transaction. */
    public Evidence evidence(DedicatedStep step, String field, Object value, Object expected) {
        return new Evidence(probeId, step.ref().source(), step.ref().frame(), step.ref().time(), field,
                EvidenceValues.of(value), expected);
    }
}
