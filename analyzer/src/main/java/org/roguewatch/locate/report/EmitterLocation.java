package org.roguewatch.locate.report;

import java.time.Instant;
import java.util.List;

/**
 * One located emitter, as the JSON {@code location} record, GeoJSON and KML show it.
 *
 * @param target        what was located: a cell ("262-02-318-11225 ARFCN 725") or a carrier ("FM 99.3 MHz")
 * @param radio         GSM, LTE or FM
 * @param verdict       the target's verdict (rogue, suspicious, ok)
 * @param lat           latitude, WGS-84 degrees
 * @param lon           longitude
 * @param ellipse50     50 % ellipse
 * @param ellipse95     95 % ellipse
 * @param crlbM         Cramér–Rao bound RMS error for the probe geometry, metres
 * @param transmitDbm   estimated EIRP, dBm
 * @param exponent      path-loss exponent n used
 * @param sigmaDb       shadowing σ used, dB
 * @param method        estimator ("rss-ml-lm-huber", "weighted-centroid", "kalman-track")
 * @param probes        probes whose levels were used
 * @param from          first time of the measurements
 * @param to            last time
 * @param track         filtered positions over time for a moving emitter; empty for a fixed one
 */
public record EmitterLocation(String target, String radio, String verdict, double lat, double lon,
                              GeoEllipse ellipse50, GeoEllipse ellipse95, double crlbM, double transmitDbm,
                              double exponent, double sigmaDb, String method, List<String> probes, Instant from,
                              Instant to, List<TrackPoint> track) {
    public EmitterLocation {
        probes = List.copyOf(probes);
        track = List.copyOf(track);
    }
}
