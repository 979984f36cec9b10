package org.roguewatch.alert;

/** One lifecycle step of one alert, as the sinks receive it; the alert is its state after the step. */
public record AlertEvent(AlertChange change, Alert alert) {
    /** Unique per alert step, stable across restarts and retries: what a receiver deduplicates on. */
    public String idempotencyKey() {
        return alert.id() + ":" + alert.revision() + ":" + change.label();
    }
}
