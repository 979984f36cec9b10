package org.roguewatch.ingest;

import java.time.Instant;
import java.util.List;
import org.roguewatch.alert.EmitterSnapshot;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.Verdict;
import org.roguewatch.registry.Severity;

/**
 * PROBE-SILENT findings in the form the alert pipeline stores and judges: one snapshot per silent probe,
 * emitter "PROBE &lt;id&gt;", with the finding at its severity (medium) and weight 1. With the default policy
 * (alerts open on a high finding or a score of 6) a silent probe is listed in /api/findings and /api/cells but
 * opens no alert: a probe losing power or backhaul is common, and the operator sees it on the fleet view. An
 * operator who wants silence alerted sets {@code alerts.open-severity = medium}.
 */
final class ProbeSilenceSnapshots {
    static final String RADIO = "PROBE";
    static final double WEIGHT = 1.0;

    private ProbeSilenceSnapshots() {
    }

    static String emitterOf(String probeId) {
        return RADIO + " " + probeId;
    }

    /**
     * @param now the silence is the evidence and it holds now, so the snapshot is heard now: the alert stays
     *            open while the probe stays silent and resolves a quiet time after it reports again
     */
    static List<EmitterSnapshot> of(List<ProbeFinding> findings, Instant now) {
        return findings.stream().map(finding -> snapshot(finding, now)).toList();
    }

    private static EmitterSnapshot snapshot(ProbeFinding probe, Instant now) {
        Evidence evidence = new Evidence(probe.probeId(), "probe registry", 0, now, "lastContact",
                probe.lastContact() == null ? "never" : probe.lastContact().toString(),
                "a heartbeat within probes.silent_after");
        Finding finding = new Finding(probe.signature(), probe.detectorVersion(), Severity.parse(probe.severity()),
                WEIGHT, null, probe.summary(), List.of(evidence));
        return new EmitterSnapshot(emitterOf(probe.probeId()), RADIO, "probe " + probe.probeId(), Verdict.SUSPICIOUS,
                WEIGHT, List.of(finding), null, probe.lastContact() == null ? now : probe.lastContact(), now);
    }
}
