package org.roguewatch.detect.fm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roguewatch.spectrumobs.BandExcess;
import org.roguewatch.spectrumobs.SpectrumObservation;

/**
 * Which FM carrier the energy seen in the aeronautical band comes from. A spurious emission keeps a
 * fixed ratio to its carrier, and both travel the same path to each probe, so across the probes
 * that see the spur, spur level minus carrier level is nearly constant for its source and scatters by
 * the shadowing difference of two sites for any other carrier. The carrier with the smallest scatter
 * (at most {@value #MAX_SPREAD_DB} dB standard deviation) is the source; unlicensed carriers are
 * preferred, and with a single probe, where nothing scatters, the unlicensed carrier nearest the band.
 */
public final class AeroAttribution {
    /** A band's strongest bin this far above its floor counts as energy in the band. */
    public static final double PEAK_ABOVE_FLOOR_DB = 10;
    static final double MAX_SPREAD_DB = 6;

    private AeroAttribution() {
    }

    /** The frequencies of the source carriers: empty, or one carrier's. */
    public static Set<Long> sources(List<FmCarrier> carriers) {
        Map<String, Double> peakByProbe = new HashMap<>();
        for (FmCarrier carrier : carriers) {
            for (SpectrumObservation seen : carrier.observations()) {
                BandExcess aero = seen.aero();
                if (aero != null && aero.peakAboveFloorDb() >= PEAK_ABOVE_FLOOR_DB) {
                    peakByProbe.merge(seen.probeId(), aero.peakDbm(), Math::max);
                }
            }
        }
        if (peakByProbe.isEmpty()) {
            return Set.of();
        }
        FmCarrier best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (FmCarrier carrier : carriers) {
            double spread = spread(carrier, peakByProbe);
            if (Double.isNaN(spread) || spread > MAX_SPREAD_DB) {
                continue;
            }
            // licensed carriers only when no unlicensed one fits; among equals, the one nearest 108 MHz
            double score = spread + (carrier.licence() == null ? 0 : 100) - carrier.frequencyHz() * 1e-9;
            if (score < bestScore) {
                bestScore = score;
                best = carrier;
            }
        }
        return best == null ? Set.of() : Set.of(best.frequencyHz());
    }

    /**
     * Standard deviation of spur minus carrier level over the spur's probes; NaN unless the carrier
     * is heard at all of them, above the spur.
     */
    private static double spread(FmCarrier carrier, Map<String, Double> peakByProbe) {
        if (carrier.fmChannelHz() == 0) {
            return Double.NaN;
        }
        double sum = 0;
        double sumSquares = 0;
        int n = 0;
        for (Map.Entry<String, Double> spur : peakByProbe.entrySet()) {
            SpectrumObservation seen = carrier.observations().stream()
                    .filter(o -> o.probeId().equals(spur.getKey())).findFirst().orElse(null);
            if (seen == null || seen.maxLevelDbm() < spur.getValue()) {
                return Double.NaN;
            }
            double difference = spur.getValue() - seen.maxLevelDbm();
            sum += difference;
            sumSquares += difference * difference;
            n++;
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, sumSquares / n - mean * mean));
    }
}
