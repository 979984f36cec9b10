package org.roguewatch.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.roguewatch.alert.AlertChange;
import org.roguewatch.alert.AlertPipeline;

/** The Prometheus text exposition (format 0.0.4) of the alerting side and the API itself. */
final class Metrics {
    private final Map<Integer, AtomicLong> responses = new ConcurrentHashMap<>();

    void response(int status) {
        responses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
    }

    String render(AlertPipeline pipeline, int sseClients) {
        StringBuilder out = new StringBuilder();
        gauge(out, "roguewatch_alerts_open", "alerts currently open", pipeline.openAlerts().size());
        out.append("# HELP roguewatch_alert_changes_total alert lifecycle steps since start\n")
                .append("# TYPE roguewatch_alert_changes_total counter\n");
        for (Map.Entry<AlertChange, Long> e : pipeline.changes().entrySet()) {
            out.append("roguewatch_alert_changes_total{change=\"").append(e.getKey().label()).append("\"} ")
                    .append(e.getValue()).append('\n');
        }
        labelled(out, "roguewatch_sink_deliveries_total", "alert events a sink took", pipeline.sinkDeliveries());
        labelled(out, "roguewatch_sink_failures_total", "alert events a sink failed to take", pipeline.sinkFailures());
        gauge(out, "roguewatch_webhook_outbox_pending", "webhook deliveries waiting in the outbox",
                pipeline.store().pendingDeliveries());
        gauge(out, "roguewatch_sse_clients", "connected live-alert streams", sseClients);
        out.append("# HELP roguewatch_http_responses_total API responses by status\n")
                .append("# TYPE roguewatch_http_responses_total counter\n");
        new java.util.TreeMap<>(responses).forEach((status, count) -> out.append(
                "roguewatch_http_responses_total{status=\"").append(status).append("\"} ").append(count.get())
                .append('\n'));
        return out.toString();
    }

    private static void gauge(StringBuilder out, String name, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(" gauge\n").append(name).append(' ').append(value).append('\n');
    }

    private static void labelled(StringBuilder out, String name, String help, Map<String, Long> values) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(" counter\n");
        values.forEach((sink, count) -> out.append(name).append("{sink=\"").append(sink).append("\"} ")
                .append(count).append('\n'));
    }
}
