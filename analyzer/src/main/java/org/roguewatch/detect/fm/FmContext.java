package org.roguewatch.detect.fm;

import java.util.Map;
import java.util.Set;
import org.roguewatch.locate.LocalTangentPlane;
import org.roguewatch.locate.PathLossCalibration;
import org.roguewatch.registry.FmLicence;
import org.roguewatch.registry.FmLicences;

/**
 * What the FM detectors judge a carrier against.
 *
 * @param licences     the licence register (empty when none was given)
 * @param probes       probe sites by id (empty for a single probe without a position)
 * @param calibration  the path-loss model for FM, fitted to the licensed stations the probes hear
 * @param aeroSources  frequencies of the carriers the aeronautical-band energy is attributed to
 */
public record FmContext(FmLicences licences, Map<String, FmProbeSite> probes, PathLossCalibration calibration,
        Set<Long> aeroSources) {
    /** Below this a licensed station's predicted level is taken as not receivable (under a sweep's noise). */
    public static final double RECEIVABLE_DBM = -95;
    /** A carrier belongs to a licence within this of its frequency: a quarter of the 100 kHz raster. */
    public static final long CHANNEL_WINDOW_HZ = 25_000;

    public FmContext {
        probes = Map.copyOf(probes);
        aeroSources = Set.copyOf(aeroSources);
    }

    /**
     * What {@code probeId} should receive of {@code licence}, in dBm, from its EIRP, the 3-D distance
     * (antenna heights count) and the fitted model; NaN when the probe's position is unknown.
     */
    public double predictedDbm(FmLicence licence, String probeId) {
        double metres = distanceM(licence, probeId);
        if (Double.isNaN(metres)) {
            return Double.NaN;
        }
        return calibration.model().receivedDbm(licence.eirpDbm(), metres) - calibration.offsetDb(probeId);
    }

    /** 3-D distance from the licensed site to the probe, metres; NaN when the probe's position is unknown. */
    public double distanceM(FmLicence licence, String probeId) {
        FmProbeSite site = probes.get(probeId);
        if (site == null) {
            return Double.NaN;
        }
        double[] en = new LocalTangentPlane(site.latitude(), site.longitude())
                .toEastNorth(licence.latitude(), licence.longitude());
        return Math.sqrt(en[0] * en[0] + en[1] * en[1] + Math.pow(licence.heightM() - site.heightM(), 2));
    }
}
