package org.roguewatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roguewatch.registry.Severity;

class AlertLifecycleTest {
    private static final AlertPolicy POLICY = new AlertPolicy(6.0, Severity.HIGH, Duration.ofMinutes(30));
    private final Instant t0 = AlertFixtures.T0;

    @Test
    void rogueEmitterOpensOneAlertAndAPlainCellNone() {
        AlertLifecycle lifecycle = new AlertLifecycle(POLICY, Map.of());
        List<AlertEvent> events = lifecycle.assess(List.of(AlertFixtures.blaster(t0.plusSeconds(60), 1),
                AlertFixtures.quietCell(t0.plusSeconds(60))), t0.plusSeconds(60));
        assertEquals(1, events.size());
        AlertEvent opened = events.get(0);
        assertEquals(AlertChange.OPENED, opened.change());
        assertEquals(Severity.HIGH, opened.alert().severity());
        assertEquals(List.of("GSM-NULL-CIPHER", "GSM-EMPTY-NEIGHBOURS"), opened.alert().signatures());
        assertEquals(t0, opened.alert().openedAt(), "opens at the first evidence");
        assertEquals(1, opened.alert().revision());
    }

    @Test
    void aHighFindingAloneOpensAnAlertBelowTheScoreThreshold() {
        EmitterSnapshot low = AlertFixtures.blaster(t0, 1);
        EmitterSnapshot highOnly = new EmitterSnapshot(low.emitter(), low.radio(), low.target(),
                org.roguewatch.detect.Verdict.SUSPICIOUS, 3.0, low.findings().subList(0, 1), null, t0, t0);
        assertTrue(POLICY.rogue(highOnly));
        assertEquals(1, new AlertLifecycle(POLICY, Map.of()).assess(List.of(highOnly), t0).size());
    }

    @Test
    void theSameEmitterAgainIsDeduplicatedAndNewEvidenceUpdatesTheSameAlert() {
        AlertLifecycle lifecycle = new AlertLifecycle(POLICY, Map.of());
        AlertEvent opened = lifecycle.assess(List.of(AlertFixtures.blaster(t0.plusSeconds(60), 1)),
                t0.plusSeconds(60)).get(0);
        assertEquals(List.of(), lifecycle.assess(List.of(AlertFixtures.blaster(t0.plusSeconds(60), 1)),
                t0.plusSeconds(120)), "same conclusions: nothing to announce");
        List<AlertEvent> updated = lifecycle.assess(List.of(AlertFixtures.blaster(t0.plusSeconds(180), 3)),
                t0.plusSeconds(180));
        assertEquals(1, updated.size());
        assertEquals(AlertChange.UPDATED, updated.get(0).change());
        assertEquals(opened.alert().id(), updated.get(0).alert().id());
        assertEquals(2, updated.get(0).alert().revision());
        assertNotEquals(opened.idempotencyKey(), updated.get(0).idempotencyKey());
        assertEquals(1, lifecycle.openAlerts().size());
    }

    @Test
    void anAlertResolvesAfterTheQuietTimeFromTheLastEvidence() {
        AlertLifecycle lifecycle = new AlertLifecycle(POLICY, Map.of());
        Instant heard = t0.plusSeconds(60);
        lifecycle.assess(List.of(AlertFixtures.blaster(heard, 1)), heard);
        // Still rogue by its (cumulative) findings, but nothing new heard: quiet time runs from lastHeard.
        assertEquals(List.of(), lifecycle.assess(List.of(AlertFixtures.blaster(heard, 1)),
                heard.plus(Duration.ofMinutes(29))));
        List<AlertEvent> resolved = lifecycle.resolveQuiet(heard.plus(Duration.ofMinutes(30)));
        assertEquals(1, resolved.size());
        assertEquals(AlertChange.RESOLVED, resolved.get(0).change());
        assertEquals(AlertStatus.RESOLVED, resolved.get(0).alert().status());
        assertEquals(2, resolved.get(0).alert().revision());
        assertTrue(lifecycle.openAlerts().isEmpty());
        assertEquals(List.of(), lifecycle.assess(List.of(AlertFixtures.blaster(heard, 1)),
                heard.plus(Duration.ofMinutes(31))), "the same old evidence does not reopen it");
        Instant back = heard.plus(Duration.ofMinutes(40));
        List<AlertEvent> reopened = lifecycle.assess(List.of(AlertFixtures.blaster(back, 1)), back);
        assertEquals(AlertChange.OPENED, reopened.get(0).change(), "heard again later: a new alert");
    }

    @Test
    void idsAreDerivedFromIdentityAndOpeningTime() {
        String a = new AlertLifecycle(POLICY, Map.of()).assess(List.of(AlertFixtures.blaster(t0, 1)), t0).get(0)
                .alert().id();
        String b = new AlertLifecycle(POLICY, Map.of()).assess(List.of(AlertFixtures.blaster(t0, 1)), t0).get(0)
                .alert().id();
        assertEquals(a, b);
        assertEquals(Alert.idFor(AlertFixtures.blaster(t0, 1).emitter(), t0), a);
        assertNotEquals(a, Alert.idFor(AlertFixtures.catcher(t0).emitter(), t0));
        assertTrue(a.matches("rw-[0-9a-f]{20}"), a);
    }

    @Test
    void aResumedAlertIsNotReannouncedWhenNothingChanged() {
        AlertLifecycle first = new AlertLifecycle(POLICY, Map.of());
        Alert opened = first.assess(List.of(AlertFixtures.blaster(t0, 1)), t0).get(0).alert();
        Alert resumed = new Alert(opened.id(), opened.emitter(), opened.radio(), opened.target(), opened.status(),
                opened.severity(), opened.score(), opened.verdict(), opened.openedAt(), opened.updatedAt(),
                opened.lastHeard(), null, opened.revision(), List.of(), List.of(), null);
        AlertLifecycle second = new AlertLifecycle(POLICY, Map.of(resumed, opened.fingerprint()));
        assertEquals(List.of(), second.assess(List.of(AlertFixtures.blaster(t0, 1)), t0.plusSeconds(5)));
        assertEquals(2, second.openAlerts().get(0).findings().size(), "the resumed alert regains its findings");
        assertNull(second.openAlerts().get(0).resolvedAt());
    }

    @Test
    void aProbeIsSilentOnceItsLatestDataIsOlderThanTheLimit() {
        assertEquals("ok", POLICY.probeStatus(t0, t0.plus(Duration.ofMinutes(10))));
        assertEquals("silent", POLICY.probeStatus(t0, t0.plus(Duration.ofMinutes(11))));
        assertEquals("never-heard", POLICY.probeStatus(null, t0));
    }
}
