package org.roguewatch.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.roguewatch.detect.Finding;
import org.roguewatch.registry.Severity;

/**
 * Opens, updates and resolves alerts, one per emitter identity. Feed it what the analyzer concludes each
 * time it re-assesses; it answers with the lifecycle steps that happened. Quiet time counts from the
 * emitter's last evidence, not from the last assessment: cumulative histories keep a departed catcher's
 * findings, so "still rogue" alone must not keep its alert open. Not thread-safe: the pipeline serializes calls.
 */
public final class AlertLifecycle {
    private final AlertPolicy policy;
    /** Open alerts by emitter, with the fingerprint they were last announced with. */
    private final Map<String, Tracked> open = new LinkedHashMap<>();
    /** For resolved emitters: the last evidence time at resolution, so the same old evidence does not reopen. */
    private final Map<String, Instant> resolvedHeard = new LinkedHashMap<>();

    private record Tracked(Alert alert, String fingerprint) {
    }

    /**
     * @param resumed alerts still open from before a restart, with the fingerprints they were stored with
     */
    public AlertLifecycle(AlertPolicy policy, Map<Alert, String> resumed) {
        this.policy = policy;
        resumed.forEach((alert, fingerprint) -> open.put(alert.emitter(), new Tracked(alert, fingerprint)));
    }

    public AlertPolicy policy() {
        return policy;
    }

    /** The open alerts, in the order they opened. */
    public List<Alert> openAlerts() {
        return open.values().stream().map(Tracked::alert)
                .sorted(Comparator.comparing(Alert::openedAt).thenComparing(Alert::id)).toList();
    }

    /** Folds in the current conclusions about some emitters, then resolves what went quiet by {@code now}. */
    public List<AlertEvent> assess(List<EmitterSnapshot> snapshots, Instant now) {
        List<AlertEvent> events = new ArrayList<>();
        for (EmitterSnapshot snapshot : snapshots) {
            if (!policy.rogue(snapshot)) {
                continue;
            }
            Instant heard = snapshot.lastHeard() == null ? now : min(snapshot.lastHeard(), now);
            Tracked current = open.get(snapshot.emitter());
            if (current == null) {
                opened(snapshot, heard, now).ifPresent(events::add);
            } else {
                updated(current, snapshot, heard, now).ifPresent(events::add);
            }
        }
        events.addAll(resolveQuiet(now));
        return events;
    }

    /** Resolves the alerts whose emitters have been quiet for the policy's quiet time (a timer calls this). */
    public List<AlertEvent> resolveQuiet(Instant now) {
        List<AlertEvent> events = new ArrayList<>();
        for (Tracked tracked : List.copyOf(open.values())) {
            Alert a = tracked.alert();
            if (!Duration.between(a.lastHeard(), now).minus(policy.quietTime()).isNegative()) {
                Alert resolved = new Alert(a.id(), a.emitter(), a.radio(), a.target(), AlertStatus.RESOLVED,
                        a.severity(), a.score(), a.verdict(), a.openedAt(), now, a.lastHeard(), now, a.revision() + 1,
                        a.signatures(), a.findings(), a.location());
                open.remove(a.emitter());
                resolvedHeard.put(a.emitter(), a.lastHeard());
                events.add(new AlertEvent(AlertChange.RESOLVED, resolved));
            }
        }
        return events;
    }

    private Optional<AlertEvent> opened(EmitterSnapshot snapshot, Instant heard, Instant now) {
        Instant before = resolvedHeard.get(snapshot.emitter());
        boolean stale = !Duration.between(heard, now).minus(policy.quietTime()).isNegative();
        if (stale || (before != null && !heard.isAfter(before))) {
            return Optional.empty();
        }
        Instant openedAt = snapshot.firstHeard() == null || snapshot.firstHeard().isAfter(now) ? now
                : snapshot.firstHeard();
        Alert alert = build(Alert.idFor(snapshot.emitter(), openedAt), snapshot, openedAt, now, heard, 1);
        open.put(snapshot.emitter(), new Tracked(alert, alert.fingerprint()));
        resolvedHeard.remove(snapshot.emitter());
        return Optional.of(new AlertEvent(AlertChange.OPENED, alert));
    }

    private Optional<AlertEvent> updated(Tracked current, EmitterSnapshot snapshot, Instant heard,
                                                   Instant now) {
        Alert was = current.alert();
        Instant lastHeard = heard.isAfter(was.lastHeard()) ? heard : was.lastHeard();
        Alert same = build(was.id(), snapshot, was.openedAt(), was.updatedAt(), lastHeard, was.revision());
        String fingerprint = same.fingerprint();
        if (fingerprint.equals(current.fingerprint())) {
            // Nothing new to announce; keep the fuller content (a resumed alert has no findings in memory).
            open.put(was.emitter(), new Tracked(same, fingerprint));
            return Optional.empty();
        }
        Alert alert = build(was.id(), snapshot, was.openedAt(), now, lastHeard, was.revision() + 1);
        open.put(was.emitter(), new Tracked(alert, fingerprint));
        return Optional.of(new AlertEvent(AlertChange.UPDATED, alert));
    }

    private static Alert build(String id, EmitterSnapshot s, Instant openedAt, Instant updatedAt, Instant lastHeard,
                               int revision) {
        List<Finding> weighted = s.findings().stream().filter(f -> f.weight() > 0).toList();
        Severity severity = (weighted.isEmpty() ? s.findings() : weighted).stream().map(Finding::severity)
                .max(Comparator.naturalOrder()).orElse(Severity.INFO);
        List<String> signatures = weighted.stream().map(Finding::signature).distinct().toList();
        return new Alert(id, s.emitter(), s.radio(), s.target(), AlertStatus.OPEN, severity, s.score(),
                s.verdict().jsonName(), openedAt, updatedAt, lastHeard, null, revision, signatures, s.findings(),
                s.location());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
