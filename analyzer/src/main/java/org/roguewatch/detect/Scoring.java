package org.roguewatch.detect;

import java.util.List;
import org.roguewatch.registry.Severity;

/**
 * The one scale a cell's suspicion is measured on: the sum of its findings' weights. Default
 * weights by severity are info 0, low 0.5, medium 1, high 3 (a SnoopSnitch-like scale where one
 * strong signature or several weak ones add up); a cell is {@code suspicious} from 1.0 and
 * {@code rogue} from 3.0, and any High finding alone makes it {@code rogue}. All of it is
 * configurable ({@code score.suspicious}, {@code score.rogue}, {@code detector.<ID>.weight}).
 */
public record Scoring(double suspiciousFrom, double rogueFrom) {
    public static final Scoring DEFAULT = new Scoring(1.0, 3.0);

    public static double defaultWeight(Severity severity) {
        return switch (severity) {
            case INFO -> 0.0;
            case LOW -> 0.5;
            case MEDIUM -> 1.0;
            case HIGH -> 3.0;
        };
    }

    public double score(List<Finding> findings) {
        double score = 0;
        for (Finding finding : findings) {
            score += finding.weight();
        }
        return score;
    }

    public Verdict verdict(List<Finding> findings) {
        for (Finding finding : findings) {
            if (finding.severity() == Severity.HIGH) {
                return Verdict.ROGUE;
            }
        }
        double score = score(findings);
        if (score >= rogueFrom) {
            return Verdict.ROGUE;
        }
        return score >= suspiciousFrom ? Verdict.SUSPICIOUS : Verdict.OK;
    }
}
