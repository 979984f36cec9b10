package org.roguewatch.ingest;

import java.time.Instant;
import org.roguewatch.uplink.ProbeHealth;

/**
 * A finding about a probe rather than a cell.
 *
 * @param signature       the signature id, e.g. {@link ProbeSilence#ID}
 * @param detectorVersion the version of the rule that produced it
 * @param severity        "info", "low", "medium" or "high", as cell findings
 * @param probeId         the probe
 * @param summary         one line for people
 * @param lastContact     when the probe was last heard (null: never)
 * @param position        where it last said it was, or null
 */
public record ProbeFinding(String signature, int detectorVersion, String severity, String probeId, String summary,
                           Instant lastContact, ProbeHealth.Position position) {
}
