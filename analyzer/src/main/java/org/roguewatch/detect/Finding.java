package org.roguewatch.detect;

import java.util.List;
import org.roguewatch.registry.Severity;

/**
 * What one detector concluded about one cell, and why.
 *
 * @param signature       the detector's stable id, e.g. GSM-EMPTY-NEIGHBOURS
 * @param detectorVersion the detector's version, so a finding traces to the exact rule
 * @param severity        as configured for the detector
 * @param weight          its contribution to the cell's score
 * @param cell            the cell
 * @param summary         one line for people
 * @param evidence        the facts, each checkable in Wireshark
 */
public record Finding(String signature, int detectorVersion, Severity severity, double weight, CellRef cell,
                      String summary, List<Evidence> evidence) {
    public Finding {
        evidence = List.copyOf(evidence);
    }
}
