package org.roguewatch.detect;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.observe.ArfcnList;

/** Evidence values in the shapes JSON and people read: ARFCN lists as lists of numbers. */
final class EvidenceValues {
    private EvidenceValues() {
    }

    static Object of(Object value) {
        if (value instanceof ArfcnList list) {
            List<Integer> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                out.add(list.get(i));
            }
            return out;
        }
        return value;
    }
}
