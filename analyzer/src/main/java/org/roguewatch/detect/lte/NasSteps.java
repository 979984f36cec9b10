package org.roguewatch.detect.lte;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.lte.nas.NasMessage;
import org.roguewatch.lte.nas.NasPdu;
import org.roguewatch.observe.DedicatedStep;
import org.roguewatch.observe.DedicatedTransaction;

/**
 * The NAS messages of an LTE connection: a connection's steps hold NAS as {@link NasPdu}s (plain, or
 * read under a null cipher; a ciphered body stays unread), so a message type is found inside them.
 */
final class NasSteps {
    private NasSteps() {
    }

    /** Steps whose NAS PDU carries a readable message of this type, in connection order. */
    static List<DedicatedStep> all(DedicatedTransaction transaction, Class<? extends NasMessage> type) {
        List<DedicatedStep> out = new ArrayList<>(0);
        for (DedicatedStep step : transaction.steps()) {
            if (type.isInstance(message(step))) {
                out.add(step);
            }
        }
        return out;
    }

    static boolean contains(DedicatedTransaction transaction, Class<? extends NasMessage> type) {
        for (DedicatedStep step : transaction.steps()) {
            if (type.isInstance(message(step))) {
                return true;
            }
        }
        return false;
    }

    /** The plain NAS message of a step, or null when the step is not NAS or its body is ciphered. */
    static NasMessage message(DedicatedStep step) {
        return step.message() instanceof NasPdu pdu ? pdu.message() : null;
    }
}
