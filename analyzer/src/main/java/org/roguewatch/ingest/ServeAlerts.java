package org.roguewatch.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.roguewatch.alert.AlertSettings;
import org.roguewatch.alert.AlertSystem;
import org.roguewatch.alert.EmitterSnapshot;
import org.roguewatch.alert.FmSnapshots;
import org.roguewatch.alert.sink.SinkProblem;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.api.ApiServer;
import org.roguewatch.api.ApiSettings;
import org.roguewatch.broadcast.FmAnalysisResult;
import org.roguewatch.registry.ConfigException;
import org.roguewatch.report.Json;
import org.roguewatch.store.ProbeRow;
import org.roguewatch.store.Store;

/**
 * The alerting side of {@code serve}: every detection run goes into the alert pipeline (store, lifecycle,
 * sinks), the probe registry's view of the fleet into the store's probe table, and PROBE-SILENT findings into
 * the store as findings on the probe (see {@link ProbeSilenceSnapshots}); optionally the HTTP API and map
 * page over that store.
 */
public final class ServeAlerts implements DetectionListener, FmDetectionListener, AutoCloseable {
    /** How often alerts whose emitters went quiet are resolved between detection runs. */
    private static final Duration QUIET_CHECK = Duration.ofSeconds(30);

    private final AlertSystem alerts;
    private final ApiServer api;
    private final Clock clock;
    /** Probes with a PROBE-SILENT finding in the store, so the finding is removed when they report again. */
    private final Set<String> silentInStore = new HashSet<>();

    private ServeAlerts(AlertSystem alerts, ApiServer api, Clock clock) {
        this.alerts = alerts;
        this.api = api;
        this.clock = clock;
    }

    /**
     * Loads the alerts file, opens the store and sinks (a sink that cannot start is logged and left out), and
     * starts the API when asked. Store and alert files default to the serve data directory.
     */
    public static ServeAlerts start(ServeConfig config, Clock clock) throws ConfigException, InterruptedException {
        AlertSettings settings = AlertSettings.load(config.alerts()).withFallbacks(dataDefaults(config.dataDirectory()));
        ApiSettings apiSettings = null;
        if (config.apiEnabled()) {
            if (settings.string(AlertSettings.API_TOKEN).isBlank()) {
                String where = settings.file().source(AlertSettings.API_TOKEN).orElse("");
                int line = where.contains(":") ? Integer.parseInt(where.substring(where.lastIndexOf(':') + 1)) : 0;
                throw new ConfigException(config.alerts(), line, AlertSettings.API_TOKEN, "empty, but the serve"
                        + " config enables the API (api.enabled = true), which needs a bearer token");
            }
            apiSettings = ApiSettings.from(settings);
        }
        // AlertSystem logs each sink problem; the server runs on with the sinks that did start.
        AlertSystem alerts = AlertSystem.start(settings, clock);
        ApiServer api = null;
        try {
            if (apiSettings != null) {
                api = ApiServer.start(apiSettings, alerts.pipeline());
            }
        } catch (InterruptedException | RuntimeException e) {
            alerts.close();
            throw e;
        }
        alerts.resolveQuietEvery(QUIET_CHECK, clock);
        return new ServeAlerts(alerts, api, clock);
    }

    private static Map<String, String> dataDefaults(Path data) {
        Path directory = data.toAbsolutePath().normalize();
        // H2 would close the database from its own shutdown hook, racing serve's orderly close on SIGTERM.
        return Map.of(AlertSettings.STORE_URL, "jdbc:h2:file:" + directory.resolve("store") + ";DB_CLOSE_ON_EXIT=FALSE",
                AlertSettings.JSONL_FILE, directory.resolve("alerts").resolve("alerts.jsonl").toString(),
                AlertSettings.CAP_DIR, directory.resolve("alerts").resolve("cap").toString(),
                AlertSettings.MAP_DIR, directory.resolve("alerts").toString());
    }

    /** Sinks that could not start as configured (already logged). */
    public List<SinkProblem> sinkProblems() {
        return alerts.problems();
    }

    public AlertSystem alerts() {
        return alerts;
    }

    /** The map page's URL, or null when the API is off. */
    public String apiUrl() {
        return api == null ? null : api.url();
    }

    @Override
    public synchronized void detected(AnalysisResult result, List<ProbeStatus> fleet,
                                      List<ProbeFinding> probeFindings) {
        Instant now = clock.instant();
        Store store = alerts.store();
        Map<String, ProbeRow> before = new HashMap<>();
        store.probes().forEach(row -> before.put(row.probeId(), row));
        alerts.pipeline().accept(result, now);
        // After the pipeline: the registry knows more than the observations (state, position, never-heard probes).
        for (ProbeStatus status : fleet) {
            store.saveProbe(probeRow(status, before.get(status.probeId())));
        }
        List<EmitterSnapshot> silent = ProbeSilenceSnapshots.of(probeFindings, now);
        alerts.pipeline().accept(silent, now);
        Set<String> nowSilent = new HashSet<>();
        probeFindings.forEach(finding -> nowSilent.add(finding.probeId()));
        for (String probe : new ArrayList<>(silentInStore)) {
            if (!nowSilent.contains(probe)) {
                store.forgetAssessment(ProbeSilenceSnapshots.emitterOf(probe));
                silentInStore.remove(probe);
            }
        }
        silentInStore.addAll(nowSilent);
    }

    /** FM carriers judged in the same run: stored, and alerted on like cells (one alert per FM channel). */
    @Override
    public synchronized void detected(FmAnalysisResult fm) {
        alerts.pipeline().accept(FmSnapshots.of(fm), clock.instant());
    }

    /**
     * The registry's view of a probe, with its report line (heartbeat health, counts) as the health document;
     * where the registry knows no position, contact or heartbeat yet (after a restart, until the probe
     * reconnects) the stored ones stand, so the map keeps the probe where it was last seen.
     */
    static ProbeRow probeRow(ProbeStatus status, ProbeRow stored) {
        var position = status.health() == null ? null : status.health().position();
        Double lat = position != null ? Double.valueOf(position.lat()) : stored == null ? null : stored.lat();
        Double lon = position != null ? Double.valueOf(position.lon()) : stored == null ? null : stored.lon();
        Instant lastSeen = status.lastContact() != null || stored == null ? status.lastContact() : stored.lastSeen();
        String health = status.health() != null || stored == null ? Json.write(PeriodicDetection.probeLine(status))
                : stored.health();
        return new ProbeRow(status.probeId(), lat, lon, lastSeen, status.state().name().toLowerCase(Locale.ROOT),
                health);
    }

    /** Stops the API first (no reader sees a half-closed store), then the sinks and the store. */
    @Override
    public void close() {
        if (api != null) {
            api.close();
        }
        alerts.close();
    }
}
