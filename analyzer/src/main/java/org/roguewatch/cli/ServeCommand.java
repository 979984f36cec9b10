package org.roguewatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.roguewatch.agent.ConfigException;
import org.roguewatch.ingest.AnalyzerServer;
import org.roguewatch.ingest.ServeConfig;

/** {@code roguewatch serve --config F}: the analyzer's ingest server with periodic detection. */
final class ServeCommand implements Command {
    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "run the analyzer server: probes over mutual TLS, periodic detection, alerts, HTTP API and map";
    }

    @Override
    public String help() {
        return """
                Usage: roguewatch serve --config analyzer-serve.properties

                Listens for probes (TLS 1.3; each probe presents a certificate from the operator CA,
                checked against the CRL), drops resent duplicates by (probe, sequence) with a
                high-water mark per probe kept on disk, keeps the probe registry (alive, stale,
                silent), and every detection.interval rewrites detection.output with JSON lines in
                the analyze --json contract, plus a "probe" line per probe and PROBE-SILENT findings.
                With alerts.config each run also goes into the alert store and sinks (alerts open,
                update and resolve), the probe table follows the registry, and with api.enabled the
                HTTP API and map page serve them (URL printed at start).
                Runs until stopped (SIGTERM / Ctrl-C), then runs detection a last time and closes
                ingest, the API, the alert sinks and the store in that order.
                Every field of the config file is documented in config/analyzer-serve.properties.

                Exit status: 0 stopped, 1 config or startup error (FILE:LINE: field 'x': ...), 2 bad command line.
                """;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        Path config = Arguments.requiredConfig(args);
        AnalyzerServer server;
        try {
            server = AnalyzerServer.start(ServeConfig.load(config));
        } catch (ConfigException | org.roguewatch.registry.ConfigException | IOException e) {
            err.println("roguewatch serve: " + e.getMessage());
            return 1;
        }
        out.println("roguewatch serve: listening on " + server.address());
        server.alerts().ifPresent(alerts -> {
            alerts.sinkProblems().forEach(problem -> err.println("roguewatch serve: alert sink: " + problem));
            out.println("roguewatch serve: alerts on, store " + alerts.alerts().store().url());
            if (alerts.apiUrl() != null) {
                out.println("roguewatch serve: map page and API on " + alerts.apiUrl()
                        + " (send the api.token as 'Authorization: Bearer', or ?access_token= for the page)");
            }
        });
        out.flush();
        return runUntilStopped(server, err);
    }

    private static int runUntilStopped(AnalyzerServer server, PrintStream err) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                err.println("roguewatch serve: stopping: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "serve shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
