package org.roguewatch.alert;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.roguewatch.alert.sink.AlertSink;
import org.roguewatch.alert.sink.CapSettings;
import org.roguewatch.alert.sink.CapSink;
import org.roguewatch.alert.sink.JsonLinesSink;
import org.roguewatch.alert.sink.MapExportSink;
import org.roguewatch.alert.sink.SinkProblem;
import org.roguewatch.alert.sink.SyslogSink;
import org.roguewatch.alert.sink.WebhookSettings;
import org.roguewatch.alert.sink.WebhookSink;
import org.roguewatch.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerting side assembled from settings: the store, every enabled sink, and the pipeline over them.
 * A sink that cannot start as configured is reported (file, line, key) and left out or kept retrying; the
 * others start regardless. Closing closes the sinks and the store.
 */
public final class AlertSystem implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertSystem.class);

    private final Store store;
    private final AlertPipeline pipeline;
    private final List<SinkProblem> problems;
    private ScheduledExecutorService quietTimer;

    private AlertSystem(Store store, AlertPipeline pipeline, List<SinkProblem> problems) {
        this.store = store;
        this.pipeline = pipeline;
        this.problems = List.copyOf(problems);
    }

    /** Opens the store at the settings' JDBC URL and starts the sinks; the store must open (it holds the outbox). */
    public static AlertSystem start(AlertSettings settings, Clock clock) {
        Store store = Store.open(settings.string(AlertSettings.STORE_URL), settings.string(AlertSettings.STORE_USER),
                settings.string(AlertSettings.STORE_PASSWORD));
        List<SinkProblem> problems = new ArrayList<>();
        List<AlertSink> sinks = sinks(settings, store, clock, problems);
        for (SinkProblem problem : problems) {
            LOG.error("alert sink misconfigured: {}", problem);
        }
        return new AlertSystem(store, new AlertPipeline(settings.policy(), store, sinks), problems);
    }

    static List<AlertSink> sinks(AlertSettings settings, Store store, Clock clock, List<SinkProblem> problems) {
        List<AlertSink> sinks = new ArrayList<>();
        if (settings.enabled(AlertSettings.JSONL_ENABLED)) {
            fileSink(settings, "jsonl", AlertSettings.JSONL_FILE, sinks, problems,
                    path -> new JsonLinesSink(Path.of(path)));
        }
        if (settings.enabled(AlertSettings.CAP_ENABLED)) {
            CapSettings cap = new CapSettings(settings.string(AlertSettings.CAP_SENDER),
                    settings.string(AlertSettings.CAP_SENDER_NAME), settings.string(AlertSettings.CAP_STATUS),
                    settings.string(AlertSettings.CAP_RESTRICTION));
            fileSink(settings, "cap", AlertSettings.CAP_DIR, sinks, problems, path -> new CapSink(Path.of(path), cap));
        }
        if (settings.enabled(AlertSettings.MAP_ENABLED)) {
            fileSink(settings, "map", AlertSettings.MAP_DIR, sinks, problems, path -> new MapExportSink(Path.of(path)));
        }
        if (settings.enabled(AlertSettings.SYSLOG_ENABLED)) {
            for (String target : settings.list(AlertSettings.SYSLOG_TARGETS)) {
                syslog(settings, target, clock, problems).ifPresent(sinks::add);
            }
        }
        if (settings.enabled(AlertSettings.WEBHOOK_ENABLED)) {
            webhook(settings, store, clock, problems).ifPresent(sinks::add);
        }
        return sinks;
    }

    /** Opens a sink that writes under a path; a path it cannot use disables that sink alone. */
    private interface FileSinkOpener {
        AlertSink open(String path) throws IOException;
    }

    private static void fileSink(AlertSettings settings, String name, String key, List<AlertSink> sinks,
                                 List<SinkProblem> problems, FileSinkOpener opener) {
        String path = settings.string(key);
        try {
            sinks.add(opener.open(path));
        } catch (IOException | RuntimeException e) {
            problems.add(problem(settings, name, key, "cannot write to " + path + ": " + e, true));
        }
    }

    private static Optional<AlertSink> syslog(AlertSettings settings, String target, Clock clock,
                                                        List<SinkProblem> problems) {
        Matcher parts = AlertSettings.SYSLOG_TARGET.matcher(target);
        if (!parts.matches()) {
            throw new IllegalStateException("the settings let an unparsable syslog target through: " + target);
        }
        SyslogSink.Transport transport = parts.group(1).equals("tcp") ? SyslogSink.Transport.TCP
                : SyslogSink.Transport.UDP;
        String host = parts.group(2).replace("[", "").replace("]", "");
        int port = Integer.parseInt(parts.group(3));
        String name = "syslog " + target;
        if (port < 1 || port > 65535) {
            problems.add(problem(settings, name, AlertSettings.SYSLOG_TARGETS, "port " + port + " of " + target
                    + " is not 1..65535", true));
            return Optional.empty();
        }
        SyslogSink sink;
        try {
            sink = SyslogSink.open(name, host, port, transport, settings.integer(AlertSettings.SYSLOG_FACILITY),
                    settings.string(AlertSettings.SYSLOG_APP_NAME), clock);
        } catch (IOException e) {
            problems.add(problem(settings, name, AlertSettings.SYSLOG_TARGETS, "syslog host '" + host
                    + "' does not resolve (" + e.getMessage() + ")", true));
            return Optional.empty();
        }
        try {
            sink.connect();
        } catch (IOException e) {
            problems.add(problem(settings, name, AlertSettings.SYSLOG_TARGETS, e.getMessage(), false));
        }
        return Optional.of(sink);
    }

    private static Optional<AlertSink> webhook(AlertSettings settings, Store store, Clock clock,
                                                         List<SinkProblem> problems) {
        String url = settings.string(AlertSettings.WEBHOOK_URL);
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            problems.add(problem(settings, "webhook", AlertSettings.WEBHOOK_URL, "'" + url + "' is not a URL: "
                    + e.getMessage(), true));
            return Optional.empty();
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            problems.add(problem(settings, "webhook", AlertSettings.WEBHOOK_URL, "'" + url
                    + "' is not an http:// or https:// URL with a host", true));
            return Optional.empty();
        }
        String secret = settings.string(AlertSettings.WEBHOOK_SECRET);
        if (secret.isBlank()) {
            problems.add(problem(settings, "webhook", AlertSettings.WEBHOOK_SECRET,
                    "empty: receivers could not verify the signature", true));
            return Optional.empty();
        }
        WebhookSettings webhook = new WebhookSettings(uri, secret, settings.seconds(AlertSettings.WEBHOOK_TIMEOUT),
                settings.seconds(AlertSettings.WEBHOOK_RETRY_INITIAL), settings.seconds(AlertSettings.WEBHOOK_RETRY_MAX),
                Duration.ofMillis(settings.integer(AlertSettings.WEBHOOK_POLL)));
        return Optional.of(new WebhookSink("webhook", webhook, store, clock));
    }

    private static SinkProblem problem(AlertSettings settings, String sink, String key, String message,
                                       boolean disabled) {
        return new SinkProblem(sink, settings.where(key), key, message, disabled);
    }

    public Store store() {
        return store;
    }

    public AlertPipeline pipeline() {
        return pipeline;
    }

    /** What could not start as configured, in config order. */
    public List<SinkProblem> problems() {
        return problems;
    }

    /**
     * Resolves alerts gone quiet by the clock's time, every period: for a live server, where nothing else would
     * notice an emitter that stopped transmitting. Offline runs call {@link AlertPipeline#resolveQuiet} with
     * their capture time instead.
     */
    public synchronized void resolveQuietEvery(Duration period, Clock clock) {
        if (quietTimer != null) {
            throw new IllegalStateException("the quiet-time timer already runs");
        }
        quietTimer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "alert-quiet-time");
            thread.setDaemon(true);
            return thread;
        });
        quietTimer.scheduleWithFixedDelay(() -> {
            try {
                pipeline.resolveQuiet(clock.instant());
            } catch (RuntimeException e) {
                LOG.warn("resolving quiet alerts failed: {}", e.toString());
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (quietTimer != null) {
                quietTimer.shutdownNow();
            }
        }
        pipeline.close();
        store.close();
    }
}
