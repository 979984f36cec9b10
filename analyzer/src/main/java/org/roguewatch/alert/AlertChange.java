package org.roguewatch.alert;

import java.util.Locale;

/** What happened to an alert: the three steps of its lifecycle. */
public enum AlertChange {
    OPENED, UPDATED, RESOLVED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
