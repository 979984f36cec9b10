package org.roguewatch.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.roguewatch.uplink.ProbeHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fleet as the analyzer sees it: every probe that connected or is expected, when it was last
 * heard, its last health report, and its state. {@link #evaluate()} moves probes between
 * {@link ProbeState}s by the time since their last contact and tells the listeners.
 */
public final class ProbeRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ProbeRegistry.class);

    private final Duration staleAfter;
    private final Duration silentAfter;
    private final Clock clock;
    private final Map<String, Entry> probes = new ConcurrentHashMap<>();
    private final List<ProbeRegistryListener> listeners = new CopyOnWriteArrayList<>();

    /** One probe's counters and last contact; guarded by its monitor. */
    private static final class Entry {
        private final String probeId;
        private ProbeState state;
        private Instant lastContact;
        private String agentVersion;
        private ProbeHealth health;
        private long batches;
        private long observations;
        private long duplicates;
        private long clockOffsetMillis;

        Entry(String probeId, ProbeState state) {
            this.probeId = probeId;
            this.state = state;
        }

        synchronized ProbeStatus status() {
            return new ProbeStatus(probeId, state, lastContact, agentVersion, health, batches, observations,
                    duplicates, clockOffsetMillis);
        }
    }

    /**
     * @param expected probes that should be reporting: silent until they first connect
     */
    public ProbeRegistry(Duration staleAfter, Duration silentAfter, Collection<String> expected, Clock clock) {
        if (silentAfter.compareTo(staleAfter) < 0) {
            throw new IllegalArgumentException("silent threshold " + silentAfter + " below stale " + staleAfter);
        }
        this.staleAfter = staleAfter;
        this.silentAfter = silentAfter;
        this.clock = clock;
        for (String probeId : expected) {
            probes.put(probeId, new Entry(probeId, ProbeState.SILENT));
        }
    }

    public void addListener(ProbeRegistryListener listener) {
        listeners.add(listener);
    }

    void hello(String probeId, String agentVersion) {
        Entry entry = contact(probeId);
        synchronized (entry) {
            entry.agentVersion = agentVersion;
        }
    }

    void accepted(String probeId, int observations) {
        Entry entry = contact(probeId);
        synchronized (entry) {
            entry.batches++;
            entry.observations += observations;
        }
    }

    void duplicate(String probeId) {
        Entry entry = contact(probeId);
        synchronized (entry) {
            entry.duplicates++;
        }
    }

    void heartbeat(String probeId, ProbeHealth health) {
        Entry entry = contact(probeId);
        synchronized (entry) {
            entry.health = health;
            if (health.sentAt() != null) {
                entry.clockOffsetMillis = Duration.between(health.sentAt(), clock.instant()).toMillis();
            }
        }
    }

    private Entry contact(String probeId) {
        Entry entry = probes.computeIfAbsent(probeId, id -> new Entry(id, ProbeState.ALIVE));
        ProbeStatus before;
        ProbeStatus after;
        synchronized (entry) {
            entry.lastContact = clock.instant();
            if (entry.state == ProbeState.ALIVE) {
                return entry;
            }
            before = entry.status();
            entry.state = ProbeState.ALIVE;
            after = entry.status();
        }
        notifyChange(before, after);
        return entry;
    }

    /** Re-derives every probe's state from the time since its last contact; returns them all by id. */
    public List<ProbeStatus> evaluate() {
        Instant now = clock.instant();
        List<ProbeStatus> all = new ArrayList<>();
        for (Entry entry : new TreeMap<>(probes).values()) {
            ProbeStatus before = null;
            ProbeStatus after;
            synchronized (entry) {
                ProbeState state = stateAt(entry.lastContact, now);
                if (state != entry.state) {
                    before = entry.status();
                    entry.state = state;
                }
                after = entry.status();
            }
            if (before != null) {
                notifyChange(before, after);
            }
            all.add(after);
        }
        return all;
    }

    private ProbeState stateAt(Instant lastContact, Instant now) {
        if (lastContact == null) {
            return ProbeState.SILENT;
        }
        Duration quiet = Duration.between(lastContact, now);
        if (quiet.compareTo(silentAfter) > 0) {
            return ProbeState.SILENT;
        }
        return quiet.compareTo(staleAfter) > 0 ? ProbeState.STALE : ProbeState.ALIVE;
    }

    /** Where the probes reporting a position are, {lat, lon} by probe id (detection's probe sites). */
    public Map<String, double[]> positions() {
        Map<String, double[]> sites = new LinkedHashMap<>();
        for (ProbeStatus status : evaluate()) {
            if (status.health() != null && status.health().position() != null) {
                ProbeHealth.Position position = status.health().position();
                sites.put(status.probeId(), new double[] {position.lat(), position.lon()});
            }
        }
        return sites;
    }

    public Duration silentAfter() {
        return silentAfter;
    }

    private void notifyChange(ProbeStatus before, ProbeStatus after) {
        LOG.info("probe {}: {} -> {} (last contact {})", after.probeId(), before.state(), after.state(),
                after.lastContact());
        for (ProbeRegistryListener listener : listeners) {
            listener.stateChanged(before, after);
        }
    }
}
