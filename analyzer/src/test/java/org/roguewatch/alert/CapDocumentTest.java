package org.roguewatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roguewatch.alert.sink.CapDocument;
import org.roguewatch.alert.sink.CapSettings;
import org.roguewatch.registry.Severity;

class CapDocumentTest {
    private static final CapSettings SETTINGS = new CapSettings("roguewatch@noc.example", "RogueWatch NOC",
            "Exercise", "operator NOC & regulator <only>");

    @Test
    void everyLifecycleStepIsAValidCap12Message() {
        AlertLifecycle lifecycle = new AlertLifecycle(new AlertPolicy(6, Severity.HIGH, Duration.ofMinutes(30)),
                Map.of());
        Instant t0 = AlertFixtures.T0;
        AlertEvent opened = lifecycle.assess(List.of(AlertFixtures.blaster(t0, 1), AlertFixtures.catcher(t0)), t0)
                .get(0);
        AlertEvent updated = lifecycle.assess(List.of(AlertFixtures.blaster(t0.plusSeconds(60), 4)),
                t0.plusSeconds(60)).get(0);
        List<AlertEvent> resolved = lifecycle.resolveQuiet(t0.plus(Duration.ofHours(2)));
        assertEquals(2, resolved.size());
        for (AlertEvent event : List.of(opened, updated, resolved.get(0), resolved.get(1))) {
            String xml = CapDocument.write(event, SETTINGS);
            assertEquals(List.of(), CapValidator.problems(xml), xml);
        }
        String first = CapDocument.write(opened, SETTINGS);
        String sent = first.substring(first.indexOf("<sent>") + 6, first.indexOf("</sent>"));
        String update = CapDocument.write(updated, SETTINGS);
        assertTrue(update.contains("<msgType>Update</msgType>"));
        assertTrue(update.contains("<references>roguewatch@noc.example," + opened.alert().id() + ".1," + sent
                + "</references>"), "an update references the opening message exactly: " + update);
        assertTrue(CapDocument.write(resolved.get(0), SETTINGS).contains("<msgType>Cancel</msgType>"));
    }

    @Test
    void theAreaIsTheEllipseAsLatLonPolygonAndACircleInKilometres() {
        Instant t0 = AlertFixtures.T0;
        AlertEvent opened = new AlertLifecycle(AlertPolicy.defaults(), Map.of())
                .assess(List.of(AlertFixtures.blaster(t0, 1)), t0).get(0);
        String xml = CapDocument.write(opened, SETTINGS);
        assertTrue(xml.contains("<circle>51.229350,6.768543 0.706</circle>"), xml);
        assertTrue(xml.contains("<msgType>Alert</msgType>"));
        assertTrue(xml.contains("<sent>2026-11-24T08:05:09+00:00</sent>"), "CAP times carry an offset, not Z");
        assertTrue(xml.contains("<language>zh-CN</language>") && xml.indexOf("zh-CN") < xml.indexOf("en-US"),
                "Chinese info block first");
        assertTrue(xml.contains("<severity>Severe</severity>"));
        assertTrue(xml.contains("&lt;only&gt;"), "text is escaped");
        String polygon = xml.substring(xml.indexOf("<polygon>") + 9, xml.indexOf("</polygon>"));
        for (String pair : polygon.split(" ")) {
            double lat = Double.parseDouble(pair.split(",")[0]);
            double lon = Double.parseDouble(pair.split(",")[1]);
            assertTrue(Math.abs(lat - 51.2293) < 0.01 && Math.abs(lon - 6.7685) < 0.02, "lat,lon order: " + pair);
        }
        assertFalse(xml.contains("<references>"), "an opening message references nothing");
    }

    @Test
    void aBrokenMessageFailsValidation() {
        Instant t0 = AlertFixtures.T0;
        AlertEvent opened = new AlertLifecycle(AlertPolicy.defaults(), Map.of())
                .assess(List.of(AlertFixtures.blaster(t0, 1)), t0).get(0);
        String xml = CapDocument.write(opened, SETTINGS).replace("<urgency>Immediate</urgency>",
                "<urgency>Now</urgency>");
        assertFalse(CapValidator.problems(xml).isEmpty(), "the validator must be able to fail");
    }
}
