package org.roguewatch.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.roguewatch.detect.Finding;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.registry.Severity;

/**
 * One alert about one emitter identity; docs/alert-schema.json documents its JSON form.
 *
 * @param id         stable: derived from the emitter identity and the time the alert opened
 * @param severity   the highest severity among its weighted findings
 * @param lastHeard  when the emitter last looked rogue (the quiet time counts from here)
 * @param resolvedAt null while open
 * @param revision   1 when opened, +1 on every update and on resolve
 * @param signatures the ids of its weighted findings, in finding order
 * @param findings   the findings with evidence (empty for an alert resumed from the store until the next update)
 * @param location   where the emitter is, or null
 */
public record Alert(String id, String emitter, String radio, String target, AlertStatus status, Severity severity,
                    double score, String verdict, Instant openedAt, Instant updatedAt, Instant lastHeard,
                    Instant resolvedAt, int revision, List<String> signatures, List<Finding> findings,
                    EmitterLocation location) {
    public Alert {
        signatures = List.copyOf(signatures);
        findings = List.copyOf(findings);
    }

    /** The deterministic id: the same emitter opening at the same time always gets the same id. */
    public static String idFor(String emitter, Instant openedAt) {
        return "rw-" + sha256(emitter + "|" + openedAt.toEpochMilli()).substring(0, 20);
    }

    /**
     * A digest of what the alert says (score, findings with their evidence counts, location); an
     * assessment that leaves it unchanged is not an update.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder().append(verdict).append('|').append(Math.round(score * 100));
        for (Finding finding : findings) {
            text.append('|').append(finding.signature()).append(':').append(finding.evidence().size());
        }
        if (location != null) {
            text.append("|loc:").append(Math.round(location.lat() * 1e5)).append(',')
                    .append(Math.round(location.lon() * 1e5)).append(',').append(location.track().size());
        }
        return sha256(text.toString()).substring(0, 32);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
