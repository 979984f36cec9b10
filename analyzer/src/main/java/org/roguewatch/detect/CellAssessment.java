package org.roguewatch.detect;

import java.util.List;

/** A cell's findings, their summed weight, and the verdict the scoring rules give. */
public record CellAssessment(CellHistory cell, List<Finding> findings, double score, Verdict verdict) {
    public CellAssessment {
        findings = List.copyOf(findings);
    }
}
