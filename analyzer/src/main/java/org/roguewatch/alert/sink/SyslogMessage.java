package org.roguewatch.alert.sink;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.roguewatch.alert.Alert;
import org.roguewatch.alert.AlertChange;
import org.roguewatch.alert.AlertEvent;
import org.roguewatch.registry.Severity;

/**
 * An alert event as an RFC 5424 syslog message with one structured-data element. The SD-ID carries the
 * example private enterprise number 32473 (RFC 5612) until the project registers its own.
 */
public final class SyslogMessage {
    public static final String SD_ID = "roguewatch@32473";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern(
            "yyyy-MM-dd'T'HH:mm:ss.SSSxxx", Locale.ROOT).withZone(ZoneOffset.UTC);

    private SyslogMessage() {
    }

    /**
     * @param facility RFC 5424 facility code 0..23 (16 = local0)
     * @param hostname this host's name, or "-"
     */
    public static String format(AlertEvent event, int facility, String hostname, String appName, Instant now) {
        Alert alert = event.alert();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("id", alert.id());
        params.put("event", event.change().label());
        params.put("status", alert.status().label());
        params.put("emitter", alert.emitter());
        params.put("severity", alert.severity().label());
        params.put("score", String.format(Locale.ROOT, "%.1f", alert.score()));
        params.put("revision", Integer.toString(alert.revision()));
        params.put("signatures", String.join(",", alert.signatures()));
        if (alert.location() != null) {
            params.put("lat", String.format(Locale.ROOT, "%.6f", alert.location().lat()));
            params.put("lon", String.format(Locale.ROOT, "%.6f", alert.location().lon()));
            if (alert.location().ellipse95() != null && alert.location().ellipse95().bounded()) {
                params.put("ellipse95M", String.format(Locale.ROOT, "%.0f", alert.location().ellipse95().semiMajorM()));
            }
        }
        StringBuilder sd = new StringBuilder("[").append(SD_ID);
        params.forEach((name, value) -> sd.append(' ').append(name).append("=\"").append(escape(value)).append('"'));
        sd.append(']');
        int pri = facility * 8 + severity(event);
        String msg = "RogueWatch alert " + event.change().label() + ": " + alert.target() + " score "
                + String.format(Locale.ROOT, "%.1f", alert.score()) + " " + String.join(" ", alert.signatures());
        return "<" + pri + ">1 " + TIMESTAMP.format(now) + " " + header(hostname, 255) + " " + header(appName, 48)
                + " - ALERT " + sd + " " + msg;
    }

    /** RFC 5424 severity: a resolve is a notice; an open or updated alert as severe as its worst finding. */
    static int severity(AlertEvent event) {
        if (event.change() == AlertChange.RESOLVED) {
            return 5;
        }
        Severity severity = event.alert().severity();
        return switch (severity) {
            case HIGH -> 2;
            case MEDIUM -> 4;
            case LOW -> 5;
            case INFO -> 6;
        };
    }

    /** RFC 5424 §6.3.3: '"', '\' and ']' are escaped in PARAM-VALUE. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\' || c == ']') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Header fields are printable US-ASCII without spaces, of bounded length (RFC 5424 §6). */
    private static String header(String value, int max) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c > 32 && c < 127 && out.length() < max) {
                out.append(c);
            }
        }
        return out.length() == 0 ? "-" : out.toString();
    }
}
