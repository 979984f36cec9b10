package org.roguewatch.broadcast;

import java.util.List;
import org.roguewatch.detect.Verdict;
import org.roguewatch.detect.fm.FmCarrier;
import org.roguewatch.detect.fm.FmFinding;

/**
 * One carrier judged: its findings, score (the sum of their weights, on the cells' scale) and verdict.
 *
 * @param licensed whether a licensed station accounts for it (a licence on its channel that reaches the probes)
 */
public record FmAssessment(FmCarrier carrier, List<FmFinding> findings, double score, Verdict verdict,
        boolean licensed) {
    public FmAssessment {
        findings = List.copyOf(findings);
    }
}
