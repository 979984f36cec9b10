package org.roguewatch.detect.fm;

import java.util.List;
import org.roguewatch.detect.Evidence;
import org.roguewatch.registry.Severity;

/**
 * What one FM detector concluded about one carrier, and why. Evidence points at a sweep CSV line
 * ({@code frame} = the line of the sweep's first row) or a SigMF sample range ({@code frame} = its
 * first sample).
 *
 * @param signature       the detector's stable id, e.g. FM-UNLICENSED-CARRIER
 * @param detectorVersion the detector's version
 * @param severity        as configured for the detector
 * @param weight          its contribution to the carrier's score
 * @param frequencyHz     the carrier
 * @param summary         one line for people
 * @param evidence        the facts
 */
public record FmFinding(String signature, int detectorVersion, Severity severity, double weight, long frequencyHz,
        String summary, List<Evidence> evidence) {
    public FmFinding {
        evidence = List.copyOf(evidence);
    }
}
