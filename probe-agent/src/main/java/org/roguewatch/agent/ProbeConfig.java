package org.roguewatch.agent;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.roguewatch.spectrum.bridge.BridgeSettings;
import org.roguewatch.spectrum.sweep.SweepTool;
import org.roguewatch.spool.SpoolSettings;
import org.roguewatch.uplink.TlsIdentity;
import org.roguewatch.uplink.UplinkSettings;
import org.roguewatch.uplink.WireFormat;

/**
 * The probe's configuration ({@code config/probe.properties} documents every field).
 *
 * @param snapshotInterval how often changed cell observations are spooled
 * @param evidence         where raw frames are kept, or null for nowhere
 * @param exitWhenDone     stop once every source has ended and the analyzer acknowledged everything
 */
public record ProbeConfig(String probeId, PositionSpec position, UplinkSettings uplink, TlsIdentity tls,
                          Path spoolDirectory, SpoolSettings spool, Duration snapshotInterval,
                          EvidenceSettings evidence, List<SourceSpec> sources, boolean exitWhenDone) {

    /** The rotating evidence pcap: files of {@code fileBytes}, at most {@code files} of them. */
    public record EvidenceSettings(Path directory, long fileBytes, int files) {
    }

    public static ProbeConfig load(Path file) throws IOException, ConfigException {
        ConfigFile config = ConfigFile.load(file);
        String probeId = config.string("probe.id");
        PositionSpec position = position(config);
        String host = config.string("analyzer.host");
        int port = config.integer("analyzer.port", 4730, 1, 65535);
        TlsIdentity tls = new TlsIdentity(config.path("tls.certificate"), config.path("tls.key"),
                config.path("tls.ca"));
        Path spoolDirectory = config.path("spool.directory");
        long maxBytes = config.size("spool.max_bytes", SpoolSettings.DEFAULTS.maxBytes());
        long segmentBytes = config.size("spool.segment_bytes", SpoolSettings.DEFAULTS.segmentBytes());
        Duration sync = config.duration("spool.sync_interval", SpoolSettings.DEFAULTS.syncInterval());
        int syncRecords = config.integer("spool.sync_every_records", SpoolSettings.DEFAULTS.syncEveryRecords(), 1,
                1_000_000);
        SpoolSettings spool = null;
        try {
            spool = new SpoolSettings(maxBytes, segmentBytes, sync, syncRecords);
        } catch (IllegalArgumentException e) {
            config.invalid("spool.max_bytes", e.getMessage());
        }
        UplinkSettings defaults = UplinkSettings.defaults(host, port, probeId);
        Duration initial = config.duration("uplink.backoff_initial", defaults.initialBackoff());
        Duration max = config.duration("uplink.backoff_max", defaults.maxBackoff());
        Duration heartbeat = config.duration("uplink.heartbeat", defaults.heartbeatInterval());
        int window = config.integer("uplink.window", defaults.windowRecords(), 1, 100_000);
        UplinkSettings uplink = null;
        try {
            uplink = new UplinkSettings(host, port, probeId, initial, max, heartbeat, window,
                    WireFormat.DEFAULT_MAX_PAYLOAD);
        } catch (IllegalArgumentException e) {
            config.invalid("uplink.backoff_initial", e.getMessage());
        }
        Duration snapshot = config.duration("snapshot.interval", Duration.ofSeconds(30));
        EvidenceSettings evidence = config.has("evidence.directory")
                ? new EvidenceSettings(config.path("evidence.directory"), config.size("evidence.file_bytes", 16L << 20),
                config.integer("evidence.files", 8, 1, 10_000))
                : null;
        List<SourceSpec> sources = sources(config);
        boolean exitWhenDone = config.choice("agent.exit_when_done", "false", List.of("true", "false"))
                .equals("true");
        config.finish();
        return new ProbeConfig(probeId, position, uplink, tls, spoolDirectory, spool, snapshot, evidence, sources,
                exitWhenDone);
    }

    private static PositionSpec position(ConfigFile config) {
        if (!config.has("position.mode")) {
            return null;
        }
        String mode = config.choice("position.mode", null, List.of("fixed", "nmea", "gpsd"));
        if (mode == null) {
            return null;
        }
        return switch (mode) {
            case "fixed" -> new PositionSpec.Fixed(config.decimal("position.lat", -90, 90),
                    config.decimal("position.lon", -180, 180),
                    config.has("position.height_m") ? config.decimal("position.height_m", -500, 10_000) : Double.NaN);
            case "nmea" -> new PositionSpec.NmeaFile(config.path("position.nmea"));
            default -> new PositionSpec.Gpsd(config.string("position.gpsd_host", "127.0.0.1"),
                    config.integer("position.gpsd_port", 2947, 1, 65535));
        };
    }

    private static List<SourceSpec> sources(ConfigFile config) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : config.keysStartingWith("source.")) {
            String[] parts = key.split("\\.", 3);
            if (parts.length == 3) {
                names.add(parts[1]);
            }
        }
        List<SourceSpec> sources = new ArrayList<>();
        for (String name : names) {
            String prefix = "source." + name + ".";
            String type = config.choice(prefix + "type", null, List.of("pcap", "live", "gsmtap-udp", "sim",
                    "sweep-file", "sweep-process"));
            if (type == null) {
                continue;
            }
            switch (type) {
                case "pcap" -> sources.add(new SourceSpec.Replay(name, config.path(prefix + "file"),
                        config.choice(prefix + "pace", "fast", List.of("fast", "as-recorded")).equals("as-recorded")));
                case "live" -> sources.add(new SourceSpec.Live(name, config.string(prefix + "interface"),
                        config.string(prefix + "filter", "udp port 4729"),
                        config.integer(prefix + "port", 4729, 1, 65535)));
                case "sim" -> sources.add(new SourceSpec.Simulated(name, config.path(prefix + "scenario"),
                        config.string(prefix + "probe"),
                        config.choice(prefix + "pace", "fast", List.of("fast", "as-recorded")).equals("as-recorded")));
                case "sweep-file" -> sources.add(new SourceSpec.SweepFile(name, config.path(prefix + "file")));
                case "sweep-process" -> sources.add(sweepProcess(config, name, prefix));
                default -> sources.add(new SourceSpec.Udp(name, config.string(prefix + "host", "0.0.0.0"),
                        config.integer(prefix + "port", 4729, 0, 65535)));
            }
        }
        if (sources.isEmpty()) {
            config.invalid("source.NAME.type", "no source configured (at least one source.NAME.type = pcap | live "
                    + "| gsmtap-udp | sim | sweep-file | sweep-process)");
        }
        return sources;
    }

    /**
     * {@code tool} picks the CSV dialect; {@code args} are the tool's own arguments, or
     * {@code command} replaces the whole command line (a wrapper); both split at white space.
     */
    private static SourceSpec.SweepProcess sweepProcess(ConfigFile config, String name, String prefix) {
        String toolName = config.choice(prefix + "tool", "rtl_power", List.of("rtl_power", "hackrf_sweep"));
        SweepTool tool = "hackrf_sweep".equals(toolName) ? SweepTool.HACKRF_SWEEP : SweepTool.RTL_POWER;
        List<String> command = new ArrayList<>();
        if (config.has(prefix + "command")) {
            if (config.has(prefix + "args")) {
                config.invalid(prefix + "args", "give either " + prefix + "args or " + prefix + "command, not both");
            }
            command.addAll(words(config.string(prefix + "command")));
        } else {
            command.add(tool.executable());
            command.addAll(words(config.string(prefix + "args")));
        }
        Duration initial = config.duration(prefix + "backoff_initial", BridgeSettings.DEFAULT.initialBackoff());
        Duration max = config.duration(prefix + "backoff_max", BridgeSettings.DEFAULT.maxBackoff());
        if (initial.isZero() || initial.isNegative()) {
            config.invalid(prefix + "backoff_initial", "must be longer than 0");
            initial = BridgeSettings.DEFAULT.initialBackoff();
        }
        if (max.compareTo(initial) < 0) {
            config.invalid(prefix + "backoff_max", max + " is shorter than " + prefix + "backoff_initial " + initial);
        }
        return new SourceSpec.SweepProcess(name, tool, command, initial, max);
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }
}
