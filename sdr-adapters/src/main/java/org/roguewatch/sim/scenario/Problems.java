package org.roguewatch.sim.scenario;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one load, so a user sees them all at once. */
final class Problems {
    private final List<ScenarioException.Problem> list = new ArrayList<>();

    void add(String file, int line, String field, String message) {
        list.add(new ScenarioException.Problem(file, line, field, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    void throwIfAny() throws ScenarioException {
        if (!list.isEmpty()) {
            throw new ScenarioException(list);
        }
    }
}
