package org.roguewatch.broadcast;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.roguewatch.detect.fm.FmDetector;
import org.roguewatch.locate.LocalTangentPlane;
import org.roguewatch.locate.PathLossCalibration;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.locate.report.LocationReport;
import org.roguewatch.registry.FmLicences;
import org.roguewatch.spectrumobs.SpectrumReading;

/**
 * What the FM stage produced.
 *
 * @param readings     one per spectrum file read (recordings that could not be used are missing, see malformed)
 * @param carriers     every carrier heard, by frequency, judged
 * @param licences     the register used (empty when none was given)
 * @param calibration  the FM path-loss model and how it was obtained
 * @param plane        the plane locations were computed in, or null without probe positions
 * @param locations    one per rogue carrier
 * @param detectors    the FM detectors that ran
 * @param malformed    bad input by reason (sweep lines, recordings)
 * @param annotations  SigMF annotations written (0 unless asked to)
 * @param elapsed      wall time of the stage
 */
public record FmAnalysisResult(List<SpectrumReading> readings, List<FmAssessment> carriers, FmLicences licences,
        PathLossCalibration calibration, LocalTangentPlane plane, List<FmLocation> locations,
        List<FmDetector> detectors, SortedMap<String, Long> malformed, int annotations, Duration elapsed) {
    public FmAnalysisResult {
        readings = List.copyOf(readings);
        carriers = List.copyOf(carriers);
        locations = List.copyOf(locations);
        detectors = List.copyOf(detectors);
    }

    /** A map's emitters with the located carriers added, for GeoJSON and KML. */
    public LocationReport withCarriers(LocationReport cells) {
        List<EmitterLocation> emitters = new ArrayList<>(cells.emitters());
        for (FmLocation location : locations) {
            if (location.geo() != null) {
                emitters.add(location.geo());
            }
        }
        return new LocationReport(emitters, cells.probes());
    }

    public long findings() {
        return carriers.stream().mapToLong(c -> c.findings().size()).sum();
    }
}
