package org.roguewatch.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.roguewatch.agent.ConfigException;
import org.roguewatch.agent.ConfigFile;
import org.roguewatch.uplink.WireFormat;

/**
 * The analyzer server's configuration ({@code config/analyzer-serve.properties} documents every
 * field).
 *
 * @param plan      operator cell plan for detection, or null
 * @param detection analyzer.properties for detection, or null for defaults
 * @param baseline  learned baseline, or null
 * @param alerts    alerts.properties (alerting, store, sinks, API), or null when alerting is off
 * @param apiEnabled whether the HTTP API and map page start (needs {@code alerts})
 * @param dataDirectory where the store and the alert files go unless the alerts file says otherwise
 * @param licences  FM licence register (CSV, as {@code analyze --licences}), or null: every FM carrier unlicensed
 */
public record ServeConfig(IngestSettings ingest, ServerTls tls, Path marksDirectory, Duration staleAfter,
                          Duration silentAfter, List<String> expectedProbes, Duration detectionInterval,
                          Path output, Path plan, Path detection, Path baseline, Path alerts, boolean apiEnabled,
                          Path dataDirectory, Path licences) {

    public static ServeConfig load(Path file) throws IOException, ConfigException {
        ConfigFile config = ConfigFile.load(file);
        IngestSettings ingest = new IngestSettings(config.string("listen.host", "0.0.0.0"),
                config.integer("listen.port", 4730, 0, 65535),
                (int) Math.min(Integer.MAX_VALUE, config.size("max_frame_bytes", WireFormat.DEFAULT_MAX_PAYLOAD)),
                config.duration("idle_timeout", Duration.ofSeconds(60)));
        ServerTls tls = new ServerTls(config.path("tls.certificate"), config.path("tls.key"), config.path("tls.ca"),
                config.path("tls.crl", null));
        Path marks = config.path("marks.directory");
        Duration stale = config.duration("probes.stale_after", Duration.ofSeconds(60));
        Duration silent = config.duration("probes.silent_after", Duration.ofMinutes(5));
        if (silent.compareTo(stale) < 0) {
            config.invalid("probes.silent_after", silent + " is shorter than probes.stale_after " + stale);
        }
        List<String> expected = config.list("probes.expected");
        Duration interval = config.duration("detection.interval", Duration.ofSeconds(30));
        Path output = config.path("detection.output");
        Path plan = config.path("detection.plan", null);
        Path detection = config.path("detection.config", null);
        Path baseline = config.path("detection.baseline", null);
        Path alerts = config.path("alerts.config", null);
        boolean api = config.choice("api.enabled", "false", List.of("true", "false")).equals("true");
        if (api && alerts == null) {
            config.invalid("api.enabled", "the API serves the alert store: set alerts.config too");
        }
        Path data = config.path("data.directory", output == null ? null : output.toAbsolutePath().getParent());
        Path licences = config.path("licences", null);
        config.finish();
        return new ServeConfig(ingest, tls, marks, stale, silent, expected, interval, output, plan, detection,
                baseline, alerts, api, data, licences);
    }
}
