package org.roguewatch.registry;

import java.util.Locale;

/** How serious a finding is, lowest first; written in lower case in settings and JSON. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH;

    /** Parses "info", "low", "medium" or "high", ignoring case and surrounding blanks. */
    public static Severity parse(String text) {
        String name = text.strip();
        for (Severity severity : values()) {
            if (severity.name().equalsIgnoreCase(name)) {
                return severity;
            }
        }
        throw new IllegalArgumentException(Numbers.quote(text) + " is not a severity (info, low, medium or high)");
    }

    /** The lower-case name used in settings and JSON output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
