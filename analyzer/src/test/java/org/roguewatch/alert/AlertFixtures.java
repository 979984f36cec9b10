package org.roguewatch.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.detect.CellRef;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.Verdict;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.locate.report.GeoEllipse;
import org.roguewatch.locate.report.TrackPoint;
import org.roguewatch.observe.Radio;
import org.roguewatch.registry.Severity;

/** Snapshots of emitters as the analyzer would conclude them, for alert tests. */
public final class AlertFixtures {
    public static final Instant T0 = Instant.parse("2026-11-24T08:05:09Z");

    private AlertFixtures() {
    }

    public static CellRef cell(long ci, int arfcn) {
        return new CellRef(Radio.GSM, "262", "02", 4711, ci, arfcn);
    }

    public static Finding finding(CellRef cell, String signature, Severity severity, double weight, Instant at,
                                  int evidenceCount) {
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < evidenceCount; i++) {
            evidence.add(new Evidence("north", "north.pcap", 17 + i, at.plusSeconds(i), "gsm_a.rr.SC", 0, 1));
        }
        return new Finding(signature, 1, severity, weight, cell, signature + " on " + cell, evidence);
    }

    public static EmitterLocation location(double lat, double lon, int trackPoints) {
        List<TrackPoint> track = new ArrayList<>();
        for (int i = 0; i < trackPoints; i++) {
            track.add(new TrackPoint(T0.plusSeconds(60L * i), lat - 0.001 * (trackPoints - i), lon,
                    new GeoEllipse(400, 250, 30)));
        }
        return new EmitterLocation("262-02-4711-999 ARFCN 60", "GSM", "rogue", lat, lon, new GeoEllipse(300, 180, 43),
                new GeoEllipse(706, 438, 43), 394, 39, 3.6, 6.8, "kalman-rts-track", List.of("north", "east", "south"),
                T0, T0.plusSeconds(1200), track);
    }

    /** A blaster: a High null-cipher finding plus medium ones, located. */
    public static EmitterSnapshot blaster(Instant lastHeard, int evidence) {
        CellRef cell = cell(999, 60);
        List<Finding> findings = List.of(
                finding(cell, "GSM-NULL-CIPHER", Severity.HIGH, 3.0, T0, evidence),
                finding(cell, "GSM-EMPTY-NEIGHBOURS", Severity.MEDIUM, 1.0, T0, 1));
        return new EmitterSnapshot(Snapshots.emitterOf(cell), "GSM", cell.toString(), Verdict.ROGUE, 21.0, findings,
                location(51.22935, 6.768543, 3), T0, lastHeard);
    }

    /** A second rogue emitter (an LTE catcher), not located. */
    public static EmitterSnapshot catcher(Instant lastHeard) {
        CellRef cell = new CellRef(Radio.LTE, "262", "02", 4712, 12345678L, 6300);
        return new EmitterSnapshot(Snapshots.emitterOf(cell), "LTE", cell.toString(), Verdict.ROGUE, 20.0,
                List.of(finding(cell, "LTE-NULL-CIPHER", Severity.HIGH, 3.0, T0.plusSeconds(300), 2)), null,
                T0.plusSeconds(300), lastHeard);
    }

    /** A planned cell with a low finding: never alert-worthy. */
    public static EmitterSnapshot quietCell(Instant lastHeard) {
        CellRef cell = cell(11225, 725);
        return new EmitterSnapshot(Snapshots.emitterOf(cell), "GSM", cell.toString(), Verdict.OK, 0.5,
                List.of(finding(cell, "GSM-NO-GPRS", Severity.LOW, 0.5, T0, 1)), null, T0, lastHeard);
    }
}
