package org.roguewatch.locate.export;

import java.time.Instant;
import java.util.List;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.locate.report.GeoEllipse;
import org.roguewatch.locate.report.LocationReport;
import org.roguewatch.locate.report.ProbePosition;
import org.roguewatch.locate.report.TrackPoint;

/** Reports to export: a small fleet around Düsseldorf with a fixed rogue cell, an open region and a mover. */
final class Reports {
    static final double DUS_LAT = 51.2277;
    static final double DUS_LON = 6.7735;
    static final String GSM_TARGET = "262-02-318-11225 ARFCN 725";
    static final String LTE_TARGET = "262-01-4711-201 EARFCN 1300";
    static final String FM_TARGET = "FM 99.3 MHz";
    static final GeoEllipse UNBOUNDED = new GeoEllipse(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0);
    static final Instant T0 = Instant.parse("2024-05-14T09:00:00Z");

    private Reports() {
    }

    static EmitterLocation emitter(String target, String verdict, double lat, double lon, GeoEllipse e50,
                                   GeoEllipse e95, List<TrackPoint> track) {
        return new EmitterLocation(target, "GSM", verdict, lat, lon, e50, e95, 95.3, 33.2, 3.4, 6.0,
                "rss-ml-lm-huber", List.of("p1", "p2", "p3"), T0, T0.plusSeconds(600), track);
    }

    static EmitterLocation fixedRogue() {
        return emitter(GSM_TARGET, "rogue", DUS_LAT, DUS_LON, new GeoEllipse(300, 120, 60),
                new GeoEllipse(620, 250, 60), List.of());
    }

    static EmitterLocation openRegion() {
        return new EmitterLocation(LTE_TARGET, "LTE", "suspicious", 51.2350, 6.7900, new GeoEllipse(800, 300, 135),
                UNBOUNDED, 410, 20.5, 3.1, 7.5, "rss-ml-lm-huber", List.of("p1", "p3"), T0, T0.plusSeconds(300),
                List.of());
    }

    static List<TrackPoint> track() {
        return List.of(
                new TrackPoint(T0, 51.2200, 6.7600, new GeoEllipse(150, 90, 10)),
                new TrackPoint(T0.plusSeconds(60), 51.2230, 6.7650, new GeoEllipse(140, 80, 20)),
                new TrackPoint(T0.plusSeconds(120), 51.2260, 6.7700, UNBOUNDED),
                new TrackPoint(T0.plusSeconds(180), 51.2290, 6.7750, new GeoEllipse(160, 85, 30)));
    }

    static EmitterLocation mover() {
        return new EmitterLocation(FM_TARGET, "FM", "rogue", 51.2290, 6.7750, new GeoEllipse(100, 60, 30),
                new GeoEllipse(200, 120, 30), 80, 40, 2.9, 5.5, "kalman-track", List.of("p2", "p3"), T0,
                T0.plusSeconds(180), track());
    }

    static List<ProbePosition> probes() {
        return List.of(
                new ProbePosition("p1", 51.2300, 6.7700, null),
                new ProbePosition("p2", 51.2200, 6.7900, null),
                new ProbePosition("p3", 51.2250, 6.7500, T0.plusSeconds(60)),
                new ProbePosition("p3", 51.2240, 6.7450, T0),
                new ProbePosition("p3", 51.2260, 6.7550, T0.plusSeconds(120)));
    }

    static LocationReport fleet() {
        return new LocationReport(List.of(fixedRogue(), openRegion(), mover()), probes());
    }
}
