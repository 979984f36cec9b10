package org.roguewatch.alert.sink;

import java.io.IOException;
import org.roguewatch.alert.AlertEvent;

/** One destination of alert events. The pipeline isolates sinks: an exception here is counted and logged. */
public sealed interface AlertSink extends AutoCloseable
        permits JsonLinesSink, WebhookSink, CapSink, SyslogSink, MapExportSink {

    /** The sink's name in config, logs and metrics, e.g. "jsonl", "webhook", "syslog". */
    String name();

    void deliver(AlertEvent event) throws IOException;

    @Override
    default void close() {
    }
}
