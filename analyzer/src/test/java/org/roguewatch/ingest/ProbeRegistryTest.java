package org.roguewatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.uplink.ProbeHealth;

class ProbeRegistryTest {
    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void aProbeGoesStaleThenSilentAndRaisesProbeSilentOnlyWhenSilent() {
        ManualClock clock = new ManualClock();
        ProbeRegistry registry = new ProbeRegistry(Duration.ofMinutes(1), Duration.ofMinutes(5), List.of(), clock);
        List<String> changes = new ArrayList<>();
        registry.addListener((before, after) -> changes.add(before.state() + "->" + after.state()));
        registry.hello("north", "test");
        registry.heartbeat("north", new ProbeHealth(clock.instant(), List.of(), 0, new java.util.TreeMap<>(),
                new ProbeHealth.SpoolHealth(0, 0, 0), 0, new ProbeHealth.Position(51.2, 6.7, 30)));

        clock.advance(Duration.ofSeconds(30));
        assertEquals(ProbeState.ALIVE, registry.evaluate().get(0).state());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(ProbeState.STALE, registry.evaluate().get(0).state());
        assertTrue(ProbeSilence.findings(registry.evaluate()).isEmpty(), "stale is not yet silent");
        clock.advance(Duration.ofMinutes(5));
        List<ProbeFinding> findings = ProbeSilence.findings(registry.evaluate());
        assertEquals(1, findings.size());
        assertEquals("PROBE-SILENT", findings.get(0).signature());
        assertEquals(51.2, findings.get(0).position().lat());

        registry.accepted("north", 10);
        assertEquals(ProbeState.ALIVE, registry.evaluate().get(0).state());
        assertEquals(List.of("ALIVE->STALE", "STALE->SILENT", "SILENT->ALIVE"), changes);
    }

    @Test
    void anExpectedProbeThatNeverConnectedIsSilent() {
        ProbeRegistry registry = new ProbeRegistry(Duration.ofMinutes(1), Duration.ofMinutes(5), List.of("east"),
                Clock.systemUTC());
        List<ProbeFinding> findings = ProbeSilence.findings(registry.evaluate());
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).summary().contains("never reported"));
    }
}
