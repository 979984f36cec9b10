package org.roguewatch.detect;

import org.roguewatch.observe.ArfcnList;

/** Evidence values in the shapes JSON and people read: ARFCN lists as lists of numbers. */
final class EvidenceValues {
    private EvidenceValues() {
    }

    static Object of(Object value) {
        return value instanceof ArfcnList list ? list.toList() : value;
    }
}
