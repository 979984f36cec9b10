package org.roguewatch.sim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario that cannot be used; its message lists every problem as {@code FILE:LINE: field 'KEY': what}. */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    /** One problem found while loading. {@code line} is 0 when the problem concerns the file as a whole. */
    public record Problem(String file, int line, String field, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + (field == null ? "" : "field '" + field + "': ") + message;
        }
    }

    private final transient List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
