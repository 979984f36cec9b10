package org.roguewatch.locate;

import java.util.List;
import org.roguewatch.detect.CellAssessment;
import org.roguewatch.locate.report.EmitterLocation;

/**
 * The localization of one target cell.
 *
 * @param assessment the cell's assessment, with the fleet findings (MOVING-EMITTER, CLONED-IDENTITY) added
 * @param result     the whole-capture estimate, or why there is none
 * @param track      the smoothed track of a moving emitter (empty when it did not move or could not be tracked)
 * @param geo        the estimate in geographic terms, or null when it was not located
 */
public record TargetLocation(CellAssessment assessment, LocateResult result, List<TrackFix> track,
                             EmitterLocation geo) {
    public TargetLocation {
        track = List.copyOf(track);
    }
}
