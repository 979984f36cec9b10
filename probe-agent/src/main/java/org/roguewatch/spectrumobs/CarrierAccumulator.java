package org.roguewatch.spectrumobs;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.spectrum.BinnedSpectrum;
import org.roguewatch.spectrum.detect.Band;
import org.roguewatch.spectrum.detect.BandEnergy;
import org.roguewatch.spectrum.detect.Calibration;
import org.roguewatch.spectrum.detect.Carrier;
import org.roguewatch.spectrum.detect.CarrierDetector;
import org.roguewatch.spectrum.detect.CarrierTrack;
import org.roguewatch.spectrum.detect.FmRaster;
import org.roguewatch.spectrum.detect.OccupancyTracker;
import org.roguewatch.spectrum.detect.SpectrumDetection;

/**
 * Folds the spectra of one source into observations: carriers are detected per spectrum and
 * followed by an {@link OccupancyTracker}; each track then collects, from the spectra it was in, its
 * width, its strongest and first and last spectra, and the aeronautical band's energy. Only what a
 * track needs is kept per spectrum (its carriers and one band figure), so a day of sweeps fits easily.
 */
final class CarrierAccumulator {
    private final String probeId;
    private final String source;
    private final CarrierDetector detector;
    private final Calibration calibration;
    private final OccupancyTracker tracker = new OccupancyTracker();
    private final List<Seen> seen = new ArrayList<>();

    private record Seen(EvidenceLocator where, List<Carrier> carriers, BandExcess aero) {
    }

    CarrierAccumulator(String probeId, String source, CarrierDetector detector, Calibration calibration) {
        this.probeId = probeId;
        this.source = source;
        this.detector = detector;
        this.calibration = calibration;
    }

    void add(BinnedSpectrum spectrum, EvidenceLocator where) {
        SpectrumDetection detection = detector.detect(spectrum, calibration);
        tracker.add(spectrum, detection.carriers());
        BandExcess aero = null;
        for (BandEnergy band : detection.bands()) {
            if (band.band().equals(Band.AERONAUTICAL)) {
                aero = new BandExcess(band.band().name(), band.excessDb(), band.peakHz(), band.peakDbm(),
                        band.floorDbm(), band.carriers(), where.at(band.peakHz()));
            }
        }
        seen.add(new Seen(where, detection.carriers(), aero));
    }

    int spectra() {
        return seen.size();
    }

    List<SpectrumObservation> observations() {
        List<SpectrumObservation> out = new ArrayList<>();
        long tolerance = FmRaster.STEP_HZ / 4;
        for (CarrierTrack track : tracker.tracks()) {
            double bandwidthSum = 0;
            int matched = 0;
            Carrier strongest = null;
            SpectrumEvidence strongestAt = null;
            SpectrumEvidence first = null;
            SpectrumEvidence last = null;
            BandExcess aero = null;
            for (Seen spectrum : seen) {
                Carrier carrier = nearest(spectrum.carriers(), track.frequencyHz(), tolerance);
                if (carrier == null) {
                    continue;
                }
                matched++;
                bandwidthSum += carrier.bandwidthHz();
                if (strongest == null || carrier.levelDbm() > strongest.levelDbm()) {
                    strongest = carrier;
                    strongestAt = spectrum.where().at(carrier.frequencyHz());
                }
                if (first == null) {
                    first = spectrum.where().at(carrier.frequencyHz());
                }
                last = spectrum.where().at(carrier.frequencyHz());
                if (spectrum.aero() != null && (aero == null
                        || spectrum.aero().peakAboveFloorDb() > aero.peakAboveFloorDb())) {
                    aero = spectrum.aero();
                }
            }
            if (matched == 0) {
                continue;
            }
            out.add(new SpectrumObservation(probeId, source, track.frequencyHz(), track.fmChannelHz(),
                    track.meanLevelDbm(), track.maxLevelDbm(), bandwidthSum / matched, track.present(), track.covered(),
                    track.firstSeen(), track.lastSeen(), boxed(track.presentByHour()), boxed(track.coveredByHour()),
                    aero, strongestAt, first, last, null));
        }
        return out;
    }

    private static Carrier nearest(List<Carrier> carriers, long hz, long tolerance) {
        Carrier best = null;
        for (Carrier carrier : carriers) {
            long distance = Math.abs(carrier.frequencyHz() - hz);
            if (distance <= tolerance && (best == null || distance < Math.abs(best.frequencyHz() - hz))) {
                best = carrier;
            }
        }
        return best;
    }

    private static List<Integer> boxed(int[] counts) {
        List<Integer> out = new ArrayList<>(counts.length);
        for (int count : counts) {
            out.add(count);
        }
        return out;
    }
}
