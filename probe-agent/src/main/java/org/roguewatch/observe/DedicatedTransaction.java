package org.roguewatch.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.roguewatch.decode.RadioMessage;

/**
 * What happened on one dedicated channel (SDCCH or FACCH) between a phone's first message and
 * the Channel Release: the sequence detectors read for "identity request before authentication",
 * "SMS without authentication", "paging answered and released with nothing done".
 *
 * @param channel  the channel, e.g. "SDCCH/8 TN 1 sub 1"
 * @param steps    the messages in capture order, both directions
 * @param released the transaction ended with Channel Release (false: still open when the capture ended)
 */
public record DedicatedTransaction(String channel, List<DedicatedStep> steps, boolean released) {
    public DedicatedTransaction {
        steps = List.copyOf(steps);
    }

    public boolean contains(Class<? extends RadioMessage> type) {
        return first(type).isPresent();
    }

    /** The first step carrying a message of {@code type}. */
    public Optional<DedicatedStep> first(Class<? extends RadioMessage> type) {
        for (DedicatedStep step : steps) {
            if (type.isInstance(step.message())) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** Every step carrying a message of {@code type}, in order. */
    public List<DedicatedStep> all(Class<? extends RadioMessage> type) {
        List<DedicatedStep> out = new ArrayList<>();
        for (DedicatedStep step : steps) {
            if (type.isInstance(step.message())) {
                out.add(step);
            }
        }
        return out;
    }

    /** Whether a {@code type} message occurs before the step at {@code index}. */
    public boolean occursBefore(Class<? extends RadioMessage> type, int index) {
        for (int i = 0; i < index && i < steps.size(); i++) {
            if (type.isInstance(steps.get(i).message())) {
                return true;
            }
        }
        return false;
    }

    public int indexOf(DedicatedStep step) {
        return steps.indexOf(step);
    }
}
