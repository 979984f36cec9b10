package org.roguewatch.alert;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.roguewatch.registry.ConfigException;
import org.roguewatch.registry.ConfigFile;
import org.roguewatch.registry.ConfigSchema;
import org.roguewatch.registry.Setting;
import org.roguewatch.registry.SettingType;
import org.roguewatch.registry.Severity;

/**
 * The alert, store, sink and API settings (config/alerts.properties documents each). Read strictly: an
 * unknown key or a bad value stops the load naming file, line and key. Whether a sink's target is usable
 * (a URL's form, a host that resolves) is checked when the sinks start, see {@link AlertSystem}.
 */
public final class AlertSettings {
    public static final String SCORE_THRESHOLD = "alerts.score-threshold";
    public static final String OPEN_SEVERITY = "alerts.open-severity";
    public static final String QUIET_MINUTES = "alerts.quiet-minutes";
    public static final String PROBE_SILENT_MINUTES = "alerts.probe-silent-minutes";
    public static final String STORE_URL = "store.jdbc-url";
    public static final String STORE_USER = "store.user";
    public static final String STORE_PASSWORD = "store.password";
    public static final String JSONL_ENABLED = "sink.jsonl.enabled";
    public static final String JSONL_FILE = "sink.jsonl.file";
    public static final String CAP_ENABLED = "sink.cap.enabled";
    public static final String CAP_DIR = "sink.cap.dir";
    public static final String CAP_SENDER = "sink.cap.sender";
    public static final String CAP_SENDER_NAME = "sink.cap.sender-name";
    public static final String CAP_STATUS = "sink.cap.status";
    public static final String CAP_RESTRICTION = "sink.cap.restriction";
    public static final String MAP_ENABLED = "sink.map.enabled";
    public static final String MAP_DIR = "sink.map.dir";
    public static final String SYSLOG_ENABLED = "sink.syslog.enabled";
    public static final String SYSLOG_TARGETS = "sink.syslog.targets";
    public static final String SYSLOG_FACILITY = "sink.syslog.facility";
    public static final String SYSLOG_APP_NAME = "sink.syslog.app-name";
    public static final String WEBHOOK_ENABLED = "sink.webhook.enabled";
    public static final String WEBHOOK_URL = "sink.webhook.url";
    public static final String WEBHOOK_SECRET = "sink.webhook.secret";
    public static final String WEBHOOK_TIMEOUT = "sink.webhook.timeout-seconds";
    public static final String WEBHOOK_RETRY_INITIAL = "sink.webhook.retry-initial-seconds";
    public static final String WEBHOOK_RETRY_MAX = "sink.webhook.retry-max-seconds";
    public static final String WEBHOOK_POLL = "sink.webhook.poll-millis";
    public static final String API_BIND = "api.bind";
    public static final String API_PORT = "api.port";
    public static final String API_TOKEN = "api.token";
    public static final String API_TILE_URL = "api.tile-url";

    /** A syslog collector: transport, host (name, IPv4 or [IPv6]) and port. */
    public static final Pattern SYSLOG_TARGET = Pattern.compile(
            "(udp|tcp)://([^\\s:/\\[\\]]+|\\[[0-9A-Fa-f:.]+\\]):([0-9]{1,5})");

    private static final ConfigSchema SCHEMA = ConfigSchema.builder()
            .add(Setting.range(SCORE_THRESHOLD, SettingType.DOUBLE, 6.0, 0.0, null,
                    "a cell or carrier whose score reaches this opens an alert"))
            .add(Setting.of(OPEN_SEVERITY, SettingType.SEVERITY, Severity.HIGH,
                    "one finding of this severity or higher opens an alert whatever the score"))
            .add(Setting.range(QUIET_MINUTES, SettingType.DOUBLE, 30.0, 0.0, null,
                    "an alert resolves when its emitter has been quiet this long"))
            .add(Setting.range(PROBE_SILENT_MINUTES, SettingType.DOUBLE, 10.0, 0.0, null,
                    "a probe whose latest data is older than this is reported silent"))
            .add(Setting.of(STORE_URL, SettingType.STRING, "jdbc:h2:file:./target/roguewatch-store",
                    "JDBC URL of the store (H2 file by default; jdbc:postgresql://... for PostgreSQL)"))
            .add(Setting.of(STORE_USER, SettingType.STRING, "sa", "database user"))
            .add(Setting.of(STORE_PASSWORD, SettingType.STRING, "", "database password"))
            .add(Setting.of(JSONL_ENABLED, SettingType.BOOLEAN, true, "write alert events as JSON lines"))
            .add(Setting.of(JSONL_FILE, SettingType.STRING, "target/alerts/alerts.jsonl", "the JSON lines file"))
            .add(Setting.of(CAP_ENABLED, SettingType.BOOLEAN, true, "write a CAP 1.2 file per alert"))
            .add(Setting.of(CAP_DIR, SettingType.STRING, "target/alerts/cap", "directory of the CAP files"))
            .add(Setting.of(CAP_SENDER, SettingType.STRING, "roguewatch@operator.example", "CAP sender id"))
            .add(Setting.of(CAP_SENDER_NAME, SettingType.STRING, "RogueWatch", "CAP sender name"))
            .add(Setting.of(CAP_STATUS, SettingType.STRING, "Actual", "CAP status")
                    .withFormat(CapStatuses::valid, "Actual, Exercise, System, Test or Draft"))
            .add(Setting.of(CAP_RESTRICTION, SettingType.STRING, "operator NOC, radio regulator and field teams only",
                    "who may see the messages (CAP scope Restricted)"))
            .add(Setting.of(MAP_ENABLED, SettingType.BOOLEAN, true, "keep alerts.geojson and alerts.kml current"))
            .add(Setting.of(MAP_DIR, SettingType.STRING, "target/alerts", "directory of the map exports"))
            .add(Setting.of(SYSLOG_ENABLED, SettingType.BOOLEAN, false, "send alert events to syslog"))
            .add(Setting.of(SYSLOG_TARGETS, SettingType.STRING_LIST, List.of("udp://127.0.0.1:514"),
                    "syslog collectors, udp://host:port or tcp://host:port (octet-counting framing)")
                    .withFormat(SYSLOG_TARGET.asMatchPredicate(), "udp://host:port or tcp://host:port"))
            .add(Setting.range(SYSLOG_FACILITY, SettingType.INT, 16, 0.0, 23.0, "RFC 5424 facility (16 = local0)"))
            .add(Setting.of(SYSLOG_APP_NAME, SettingType.STRING, "roguewatch", "syslog APP-NAME"))
            .add(Setting.of(WEBHOOK_ENABLED, SettingType.BOOLEAN, false, "POST alert events to a webhook"))
            .add(Setting.of(WEBHOOK_URL, SettingType.STRING, "", "the webhook URL (http or https)"))
            .add(Setting.of(WEBHOOK_SECRET, SettingType.STRING, "", "HMAC-SHA256 key for the signature header"))
            .add(Setting.range(WEBHOOK_TIMEOUT, SettingType.DOUBLE, 10.0, 0.1, 600.0, "per-request timeout"))
            .add(Setting.range(WEBHOOK_RETRY_INITIAL, SettingType.DOUBLE, 5.0, 0.01, null, "first retry delay"))
            .add(Setting.range(WEBHOOK_RETRY_MAX, SettingType.DOUBLE, 600.0, 0.01, null, "longest retry delay"))
            .add(Setting.range(WEBHOOK_POLL, SettingType.INT, 1000, 10.0, null, "outbox check interval, ms"))
            .add(Setting.of(API_BIND, SettingType.STRING, "127.0.0.1", "address the HTTP API listens on"))
            .add(Setting.range(API_PORT, SettingType.INT, 8080, 0.0, 65535.0, "HTTP API port (0: any free port)"))
            .add(Setting.of(API_TOKEN, SettingType.STRING, "", "bearer token the API requires (empty: API refuses to start)"))
            .add(Setting.of(API_TILE_URL, SettingType.STRING, "",
                    "optional map tile URL template ({z}/{x}/{y}); empty draws no tiles (offline)"))
            .build();

    private final ConfigFile file;
    /** Values used where the file leaves a key unset, e.g. the demo's output paths. */
    private final Map<String, String> fallbacks;

    private AlertSettings(ConfigFile file, Map<String, String> fallbacks) {
        this.file = file;
        this.fallbacks = Map.copyOf(fallbacks);
    }

    /**
     * These settings with other values for the keys the file does not set (a command's own defaults). Values are
     * parsed by the key's setting, so a bad fallback is a programming error reported at once.
     */
    public AlertSettings withFallbacks(Map<String, String> values) {
        Map<String, String> merged = new HashMap<>(fallbacks);
        values.forEach((key, value) -> {
            SCHEMA.setting(key).orElseThrow(() -> new IllegalArgumentException("no setting " + key)).parse(value);
            merged.put(key, value);
        });
        return new AlertSettings(file, merged);
    }

    private Object value(String key, Function<String, Object> fromFile) {
        if (!file.isSet(key) && fallbacks.containsKey(key)) {
            return SCHEMA.setting(key).orElseThrow().parse(fallbacks.get(key));
        }
        return fromFile.apply(key);
    }

    public static ConfigSchema schema() {
        return SCHEMA;
    }

    public static AlertSettings load(Path path) throws ConfigException {
        return new AlertSettings(ConfigFile.load(path, SCHEMA), Map.of());
    }

    public static AlertSettings defaults() {
        return new AlertSettings(ConfigFile.defaults(SCHEMA), Map.of());
    }

    public ConfigFile file() {
        return file;
    }

    /** "file:line" where the key was set, or "(default)". */
    public String where(String key) {
        return file.source(key).orElse(file.file().map(p -> p + " (default)").orElse("(default)"));
    }

    public AlertPolicy policy() {
        return new AlertPolicy(number(SCORE_THRESHOLD), (Severity) value(OPEN_SEVERITY, file::getSeverity),
                Duration.ofMillis(Math.round(number(QUIET_MINUTES) * 60_000)),
                Duration.ofMillis(Math.round(number(PROBE_SILENT_MINUTES) * 60_000)));
    }

    public boolean enabled(String key) {
        return (Boolean) value(key, file::getBoolean);
    }

    public String string(String key) {
        return (String) value(key, file::getString);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        return (List<String>) value(key, file::getList);
    }

    public int integer(String key) {
        return (Integer) value(key, file::getInt);
    }

    public Duration seconds(String key) {
        return Duration.ofMillis(Math.round(number(key) * 1000));
    }

    private double number(String key) {
        return (Double) value(key, file::getDouble);
    }

    /** CAP 1.2 status values. */
    private static final class CapStatuses {
        static boolean valid(String status) {
            return org.roguewatch.alert.sink.CapSettings.STATUSES.contains(status);
        }
    }
}
