package org.roguewatch.alert.sink;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.roguewatch.alert.Alert;
import org.roguewatch.alert.AlertChange;
import org.roguewatch.alert.AlertEvent;
import org.roguewatch.detect.Finding;
import org.roguewatch.locate.export.EllipseRing;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.registry.Severity;

/**
 * An alert event as an OASIS CAP 1.2 message. Opening is msgType Alert, an update Update and resolving Cancel,
 * both referencing the opening message. Two info blocks, zh-CN first (the operators and regulators this serves),
 * then en-US. The area is the 95 % ellipse as a polygon plus a circle of its semi-major axis, because many CAP
 * consumers draw only circles.
 */
public final class CapDocument {
    public static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";
    /** CAP 1.2 §3.3.2: dateTime with an explicit numeric offset ("Z" is not allowed). */
    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private CapDocument() {
    }

    public static String time(Instant instant) {
        return CAP_TIME.format(instant);
    }

    /** The CAP identifier of an alert's message at a revision: unique per message, as CAP requires. */
    public static String identifier(String alertId, int revision) {
        return alertId + "." + revision;
    }

    public static String write(AlertEvent event, CapSettings settings) {
        Alert alert = event.alert();
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("alert");
            xml.writeDefaultNamespace(NAMESPACE);
            element(xml, "identifier", identifier(alert.id(), alert.revision()));
            element(xml, "sender", settings.sender());
            // The opening message is dated when the alert opened, so later messages can reference it exactly.
            element(xml, "sent", time(event.change() == AlertChange.OPENED ? alert.openedAt() : alert.updatedAt()));
            element(xml, "status", settings.status());
            element(xml, "msgType", switch (event.change()) {
                case OPENED -> "Alert";
                case UPDATED -> "Update";
                case RESOLVED -> "Cancel";
            });
            element(xml, "source", "RogueWatch");
            element(xml, "scope", "Restricted");
            element(xml, "restriction", settings.restriction());
            element(xml, "code", "roguewatch-alert-v1");
            if (event.change() != AlertChange.OPENED) {
                element(xml, "references", settings.sender() + "," + identifier(alert.id(), 1) + ","
                        + time(alert.openedAt()));
            }
            element(xml, "incidents", alert.id());
            info(xml, event, settings, true);
            info(xml, event, settings, false);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing CAP to a string cannot fail: " + e.getMessage(), e);
        }
        return text.append('\n').toString();
    }

    private static void info(XMLStreamWriter xml, AlertEvent event, CapSettings settings, boolean chinese)
            throws XMLStreamException {
        Alert alert = event.alert();
        boolean fm = "FM".equals(alert.radio());
        boolean resolved = event.change() == AlertChange.RESOLVED;
        xml.writeStartElement("info");
        element(xml, "language", chinese ? "zh-CN" : "en-US");
        element(xml, "category", "Security");
        element(xml, "category", "Infra");
        element(xml, "event", fm ? (chinese ? "非法广播电台（黑广播）" : "Illegal broadcast station")
                : (chinese ? "伪基站" : "Fake base station"));
        element(xml, "responseType", resolved ? "AllClear" : "Monitor");
        element(xml, "urgency", resolved ? "Past" : "Immediate");
        element(xml, "severity", severity(alert.severity()));
        element(xml, "certainty", "rogue".equals(alert.verdict()) ? "Observed" : "Likely");
        element(xml, "audience", chinese ? "运营商网络运营中心、无线电管理机构、外勤小组"
                : "operator NOC, radio regulator, field teams");
        element(xml, "effective", time(alert.openedAt()));
        element(xml, "senderName", settings.senderName());
        element(xml, "headline", headline(alert, resolved, chinese));
        element(xml, "description", description(alert, chinese));
        element(xml, "instruction", resolved ? (chinese ? "发射源已静默，告警解除。" : "The emitter has gone quiet; alert resolved.")
                : (chinese ? "请外勤小组前往定位区域核查并取证。" : "Field team: go to the area shown, confirm and collect evidence."));
        parameter(xml, "alertId", alert.id());
        parameter(xml, "emitter", alert.emitter());
        parameter(xml, "score", String.format(Locale.ROOT, "%.1f", alert.score()));
        parameter(xml, "signatures", String.join(" ", alert.signatures()));
        area(xml, alert, chinese);
        xml.writeEndElement();
    }

    private static String headline(Alert alert, boolean resolved, boolean chinese) {
        if (chinese) {
            return (resolved ? "已解除：" : "告警：") + alert.target();
        }
        return (resolved ? "Resolved: " : "Alert: ") + alert.target();
    }

    private static String description(Alert alert, boolean chinese) {
        StringBuilder text = new StringBuilder(chinese ? "可疑发射源 " : "Suspect emitter ")
                .append(alert.target()).append(chinese ? "，评分 " : ", score ")
                .append(String.format(Locale.ROOT, "%.1f", alert.score())).append(chinese ? "。检测项：" : ". Signatures: ")
                .append(String.join(", ", alert.signatures()));
        List<Finding> findings = alert.findings();
        if (!findings.isEmpty()) {
            text.append('\n').append(findings.stream().filter(f -> f.weight() > 0)
                    .map(f -> "[" + f.severity().label() + "] " + f.signature() + ": " + f.summary())
                    .collect(Collectors.joining("\n")));
        }
        return text.toString();
    }

    private static String severity(Severity severity) {
        return switch (severity) {
            case HIGH -> "Severe";
            case MEDIUM -> "Moderate";
            case LOW -> "Minor";
            case INFO -> "Unknown";
        };
    }

    private static void area(XMLStreamWriter xml, Alert alert, boolean chinese) throws XMLStreamException {
        EmitterLocation location = alert.location();
        if (location == null) {
            return;
        }
        xml.writeStartElement("area");
        element(xml, "areaDesc", (chinese ? "95% 置信椭圆：" : "95% confidence ellipse of ") + alert.target());
        if (location.ellipse95() != null && location.ellipse95().bounded() && location.ellipse95().semiMajorM() > 0) {
            // CAP polygons are "lat,lon" pairs; EllipseRing gives {lon, lat}, closed.
            String polygon = EllipseRing.ring(location.lat(), location.lon(), location.ellipse95(), 36).stream()
                    .map(p -> coordinate(p[1]) + "," + coordinate(p[0])).collect(Collectors.joining(" "));
            element(xml, "polygon", polygon);
            element(xml, "circle", coordinate(location.lat()) + "," + coordinate(location.lon()) + " "
                    + String.format(Locale.ROOT, "%.3f", location.ellipse95().semiMajorM() / 1000.0));
        } else {
            element(xml, "circle", coordinate(location.lat()) + "," + coordinate(location.lon()) + " 0");
        }
        xml.writeEndElement();
    }

    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.6f", degrees);
    }

    private static void parameter(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement("parameter");
        element(xml, "valueName", name);
        element(xml, "value", value);
        xml.writeEndElement();
    }

    /** Writes a simple element; a null value writes nothing. */
    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
