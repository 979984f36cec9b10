package org.roguewatch.alert;

import java.time.Instant;
import java.util.List;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.Verdict;
import org.roguewatch.locate.report.EmitterLocation;

/**
 * What the analyzer currently concludes about one emitter (a cell or an FM carrier): the input of the
 * alert lifecycle.
 *
 * @param emitter    the identity alerts deduplicate on, e.g. "GSM 262-02-4711-999 ARFCN 60" or "FM 99300000"
 * @param radio      GSM, LTE or FM
 * @param target     how people name it
 * @param firstHeard earliest evidence time, or null
 * @param lastHeard  latest evidence time, or null
 * @param location   where it is, or null when not located
 */
public record EmitterSnapshot(String emitter, String radio, String target, Verdict verdict, double score,
                              List<Finding> findings, EmitterLocation location, Instant firstHeard,
                              Instant lastHeard) {
    public EmitterSnapshot {
        findings = List.copyOf(findings);
    }
}
