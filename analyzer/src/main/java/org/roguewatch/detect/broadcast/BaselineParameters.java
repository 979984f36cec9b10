package org.roguewatch.detect.broadcast;

import org.roguewatch.detect.ParameterSpec;

/** The parameter every baseline comparison shares: how many learned cells a judgement needs. */
final class BaselineParameters {
    static final String MIN_LEARNED_CELLS = "minLearnedCells";

    private BaselineParameters() {
    }

    static ParameterSpec minLearnedCells() {
        return ParameterSpec.integer(MIN_LEARNED_CELLS, 5, 1, 1_000_000,
                "judge only against a baseline learned from at least this many cells");
    }
}
