package org.roguewatch.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.roguewatch.alert.sink.AlertSink;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.detect.CellAssessment;
import org.roguewatch.store.AlertRow;
import org.roguewatch.store.CellRow;
import org.roguewatch.store.FindingRow;
import org.roguewatch.store.ProbeRow;
import org.roguewatch.store.Store;
import org.roguewatch.store.StoredLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * From conclusions to alerts that reach people: stores what the analyzer concluded, runs the alert lifecycle,
 * stores each alert change, then hands it to every sink and live listener (the API's event stream). A sink
 * that throws is counted and logged and the others still receive the event. Calls are serialized.
 */
public final class AlertPipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertPipeline.class);

    private final Store store;
    private final AlertLifecycle lifecycle;
    private final List<AlertSink> sinks;
    private final List<Consumer<AlertEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicLong> sinkFailures = new LinkedHashMap<>();
    private final Map<String, AtomicLong> sinkDeliveries = new LinkedHashMap<>();
    private final Map<AlertChange, AtomicLong> changes = new LinkedHashMap<>();

    /** Resumes the alerts the store still has open, so a restart neither loses nor re-opens them. */
    public AlertPipeline(AlertPolicy policy, Store store, List<AlertSink> sinks) {
        this.store = store;
        this.sinks = List.copyOf(sinks);
        Map<String, StoredLocation> locations = new LinkedHashMap<>();
        for (StoredLocation location : store.locations()) {
            locations.put(location.emitter(), location);
        }
        Map<Alert, String> resumed = new LinkedHashMap<>();
        for (AlertRow row : store.openAlerts()) {
            StoredLocation location = locations.get(row.emitter());
            resumed.put(StoreRecords.alert(row, location == null ? null : location.location()), row.fingerprint());
        }
        if (!resumed.isEmpty()) {
            LOG.info("resumed {} open alert(s) from the store", resumed.size());
        }
        this.lifecycle = new AlertLifecycle(policy, resumed);
        for (AlertSink sink : this.sinks) {
            sinkFailures.put(sink.name(), new AtomicLong());
            sinkDeliveries.put(sink.name(), new AtomicLong());
        }
        for (AlertChange change : AlertChange.values()) {
            changes.put(change, new AtomicLong());
        }
    }

    public Store store() {
        return store;
    }

    public List<AlertSink> sinks() {
        return sinks;
    }

    /** Live alert events (the API's SSE stream); a listener must not block. */
    public void addListener(Consumer<AlertEvent> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<AlertEvent> listener) {
        listeners.remove(listener);
    }

    /**
     * Stores an analysis (cells, findings with evidence, locations, probes) and raises the alerts it warrants.
     *
     * @param now the time of this assessment: wall-clock time live, the capture's end offline
     */
    public synchronized List<AlertEvent> accept(AnalysisResult result, Instant now) {
        Map<String, CellAssessment> byEmitter = new LinkedHashMap<>();
        for (CellAssessment assessment : result.assessments()) {
            byEmitter.put(Snapshots.emitterOf(assessment.cell().ref()), assessment);
        }
        for (ProbeRow probe : StoreRecords.probes(result, lifecycle.policy(), now)) {
            store.saveProbe(probe);
        }
        return accept(Snapshots.of(result), byEmitter, now);
    }

    /**
     * Stores conclusions that are not an {@link AnalysisResult} (e.g. FM carriers) and raises the alerts they
     * warrant.
     */
    public synchronized List<AlertEvent> accept(List<EmitterSnapshot> snapshots, Instant now) {
        return accept(snapshots, Map.of(), now);
    }

    private List<AlertEvent> accept(List<EmitterSnapshot> snapshots, Map<String, CellAssessment> assessments,
                                    Instant now) {
        List<CellRow> cells = new ArrayList<>();
        List<FindingRow> findings = new ArrayList<>();
        for (EmitterSnapshot snapshot : snapshots) {
            cells.add(StoreRecords.cell(snapshot, assessments.get(snapshot.emitter())));
            findings.addAll(StoreRecords.findings(snapshot));
        }
        store.saveAssessments(cells, findings);
        for (EmitterSnapshot snapshot : snapshots) {
            if (snapshot.location() != null) {
                store.saveLocation(snapshot.emitter(), snapshot.location());
            }
        }
        return raise(snapshots, now);
    }

    /** Resolves what went quiet by now; a timer in the server calls this. */
    public synchronized List<AlertEvent> resolveQuiet(Instant now) {
        List<AlertEvent> events = lifecycle.resolveQuiet(now);
        publish(events);
        return events;
    }

    public synchronized List<Alert> openAlerts() {
        return lifecycle.openAlerts();
    }

    private List<AlertEvent> raise(List<EmitterSnapshot> snapshots, Instant now) {
        List<AlertEvent> events = lifecycle.assess(snapshots, now);
        // Silent refreshes (same fingerprint, later lastHeard) are stored too, so the quiet time survives restarts.
        // Only emitters assessed now: a resumed alert not yet re-assessed holds no findings in memory, and storing
        // it would replace the stored document, evidence and all, with an empty one.
        Map<Alert, Boolean> announced = new IdentityHashMap<>();
        for (AlertEvent event : events) {
            announced.put(event.alert(), true);
        }
        Set<String> assessed = new HashSet<>();
        snapshots.forEach(snapshot -> assessed.add(snapshot.emitter()));
        for (Alert alert : lifecycle.openAlerts()) {
            if (!announced.containsKey(alert) && assessed.contains(alert.emitter())) {
                store.saveAlert(StoreRecords.row(alert, alert.fingerprint()));
            }
        }
        publish(events);
        return events;
    }

    private void publish(List<AlertEvent> events) {
        for (AlertEvent event : events) {
            store.saveAlert(StoreRecords.row(event.alert(), event.alert().fingerprint()));
            changes.get(event.change()).incrementAndGet();
            LOG.info("alert {} {}: {} ({}, score {})", event.alert().id(), event.change().label(),
                    event.alert().target(), event.alert().severity().label(), event.alert().score());
        }
        for (AlertEvent event : events) {
            for (AlertSink sink : sinks) {
                try {
                    sink.deliver(event);
                    sinkDeliveries.get(sink.name()).incrementAndGet();
                } catch (Exception e) {
                    long failures = sinkFailures.get(sink.name()).incrementAndGet();
                    if (failures == 1 || Long.bitCount(failures) == 1) {
                        // First failure and then at 2, 4, 8...: a dead sink does not flood the log.
                        LOG.warn("sink {} failed on alert {} ({} failure(s) so far): {}", sink.name(),
                                event.alert().id(), failures, e.toString());
                    }
                }
            }
            for (Consumer<AlertEvent> listener : listeners) {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    LOG.warn("alert listener failed: {}", e.toString());
                }
            }
        }
    }

    /** Per sink: events it failed to take. */
    public Map<String, Long> sinkFailures() {
        Map<String, Long> out = new LinkedHashMap<>();
        sinkFailures.forEach((name, count) -> out.put(name, count.get()));
        return out;
    }

    /** Per sink: events it took. */
    public Map<String, Long> sinkDeliveries() {
        Map<String, Long> out = new LinkedHashMap<>();
        sinkDeliveries.forEach((name, count) -> out.put(name, count.get()));
        return out;
    }

    /** Lifecycle steps so far, by kind. */
    public Map<AlertChange, Long> changes() {
        Map<AlertChange, Long> out = new LinkedHashMap<>();
        changes.forEach((change, count) -> out.put(change, count.get()));
        return out;
    }

    /** Closes the sinks (not the store, which its opener owns). */
    @Override
    public void close() {
        for (AlertSink sink : sinks) {
            sink.close();
        }
    }
}
