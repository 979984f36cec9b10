package org.roguewatch.locate;

import java.util.Set;
import org.roguewatch.detect.Scoring;
import org.roguewatch.detect.Verdict;

/**
 * How the fleet is located.
 *
 * @param defaults  the path-loss model when calibration is off or cannot be fitted
 * @param calibrate fit the model to the planned cells the probes hear
 * @param targets   the verdicts whose cells are located
 * @param prior     what is assumed of a target's EIRP
 * @param trackQ    process noise of the track filter, m²/s³
 * @param scoring   how added fleet findings change a cell's verdict
 */
public record LocateSettings(PathLossModel defaults, boolean calibrate, Set<Verdict> targets, TransmitPrior prior,
                             double trackQ, Scoring scoring) {
    /** Dense urban GSM 900: n 3.5, PL(100 m) 88 dB (close to COST-231 Hata at 1 km), σ 6 dB. */
    public static final PathLossModel URBAN = new PathLossModel(88, 3.5, 100, 6);

    public static LocateSettings defaults(Scoring scoring) {
        return new LocateSettings(URBAN, true, Set.of(Verdict.SUSPICIOUS, Verdict.ROGUE), TransmitPrior.ROGUE,
                TrackSmoother.CAR_Q, scoring);
    }

    public LocateSettings {
        targets = Set.copyOf(targets);
    }
}
