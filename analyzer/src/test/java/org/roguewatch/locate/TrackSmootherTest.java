package org.roguewatch.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrackSmootherTest {
    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

    private static List<TrackFix> noisyLine(Random random, double speed, double sigma) {
        return noisyLine(random, speed, sigma, sigma);
    }

    /** Fixes along a line with {@code jitter} of scatter, each claiming {@code sigma} of uncertainty. */
    private static List<TrackFix> noisyLine(Random random, double speed, double jitter, double sigma) {
        List<TrackFix> fixes = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            double t = 60.0 * k;
            fixes.add(new TrackFix(T0.plusSeconds(60L * k), speed * t + jitter * random.nextGaussian(),
                    0.5 * speed * t + jitter * random.nextGaussian(), sigma * sigma, sigma * sigma, 0, 40, 300));
        }
        return fixes;
    }

    private static double rmsError(List<TrackFix> fixes, double speed) {
        double sum = 0;
        for (int k = 0; k < fixes.size(); k++) {
            double t = 60.0 * k;
            sum += Math.pow(fixes.get(k).east() - speed * t, 2) + Math.pow(fixes.get(k).north() - 0.5 * speed * t, 2);
        }
        return Math.sqrt(sum / fixes.size());
    }

    @Test
    void smoothingACarAtThirtyKilometresAnHourCutsTheErrorByAThird() {
        Random random = new Random(11);
        double speed = 30 / 3.6;
        List<TrackFix> raw = noisyLine(random, speed, 300);
        List<TrackFix> smooth = new TrackSmoother(TrackSmoother.CAR_Q).smooth(raw);
        assertEquals(raw.size(), smooth.size());
        assertTrue(rmsError(smooth, speed) < 0.67 * rmsError(raw, speed),
                rmsError(smooth, speed) + " vs raw " + rmsError(raw, speed));
        for (TrackFix fix : smooth) {
            assertTrue(fix.varEast() < 300 * 300, "the smoothed covariance is below a single fix's");
        }
    }

    @Test
    void aParkedEmitterStaysPutAndTravelsLessThanTheThreshold() {
        // A parked transmitter's shadowing does not change from minute to minute: its fixes scatter by
        // tens of metres (fading, the level's averaging) while each claims the shadowing's hundreds.
        List<TrackFix> raw = noisyLine(new Random(2), 0, 30, 250);
        List<TrackFix> smooth = new TrackSmoother(TrackSmoother.CAR_Q).smooth(raw);
        assertEquals(0, FleetRules.travel(smooth), "a parked emitter does not move");
        assertTrue(FleetRules.travel(new TrackSmoother(TrackSmoother.CAR_Q).smooth(noisyLine(new Random(2), 8.3, 150)))
                > 5000, "20 minutes at 30 km/h");
    }
}
