package org.roguewatch.locate;

import java.util.List;
import org.roguewatch.detect.CellAssessment;
import org.roguewatch.locate.report.LocationReport;

/**
 * What locating a fleet's observations produced.
 *
 * @param calibration the path-loss model used and how it was obtained
 * @param plane       the local plane the estimates were computed in
 * @param assessments every cell's assessment, with fleet findings added to the located ones
 * @param targets     the located (or unlocatable) targets
 * @param report      the same in geographic terms, for GeoJSON and KML
 */
public record FleetLocation(PathLossCalibration calibration, LocalTangentPlane plane, List<CellAssessment> assessments,
                            List<TargetLocation> targets, LocationReport report) {
    public FleetLocation {
        assessments = List.copyOf(assessments);
        targets = List.copyOf(targets);
    }
}
