package org.roguewatch.alert;

import java.util.Locale;

/** Whether an alert still stands. */
public enum AlertStatus {
    OPEN, RESOLVED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AlertStatus parse(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
