package org.roguewatch.spectrum.detect;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.spectrum.BinnedSpectrum;

/**
 * Follows carriers across spectra (sweeps over hours, PSD frames of a recording): each carrier joins
 * the nearest track within {@code toleranceHz} (a track takes at most one carrier per spectrum,
 * strongest carriers choosing first), or starts a new one. For each track it counts the spectra that
 * measured its frequency and those it was present in, overall and per UTC hour, so a carrier on a
 * night timer shows as present at night and absent by day.
 *
 * <p>A spectrum covers a frequency when the frequency falls on one of its bins and that bin was
 * measured. For spectra seen before a track began only the spectrum's range is known here, so there
 * a gap (an unmeasured bin) still counts as covered.
 */
public final class OccupancyTracker {
    private final long toleranceHz;
    private final List<Track> tracks = new ArrayList<>();
    /** Ranges of the spectra seen, with how many spectra had that range, per UTC hour (index 24: unknown time). */
    private final Map<Range, int[]> coverage = new LinkedHashMap<>();
    private int spectra;

    private record Range(double fromHz, double toHz) {
        boolean contains(double hz) {
            return hz >= fromHz && hz <= toHz;
        }
    }

    public OccupancyTracker(long toleranceHz) {
        if (toleranceHz <= 0) {
            throw new IllegalArgumentException("tolerance must be positive, got " + toleranceHz);
        }
        this.toleranceHz = toleranceHz;
    }

    /** A tracker matching carriers within a quarter of the FM raster (25 kHz). */
    public OccupancyTracker() {
        this(FmRaster.STEP_HZ / 4);
    }

    /** Adds one spectrum and the carriers detected in it. */
    public void add(BinnedSpectrum spectrum, List<Carrier> carriers) {
        spectra++;
        Instant time = spectrum.time();
        int hour = hourOf(time);
        Range range = new Range(spectrum.firstBinHz() - spectrum.binHz() / 2, spectrum.lastBinHz() + spectrum.binHz() / 2);
        for (Track track : tracks) {
            if (measures(spectrum, track.meanHz())) {
                track.covered++;
                track.coveredByHour[hour]++;
            }
        }
        List<Carrier> byLevel = new ArrayList<>(carriers);
        byLevel.sort(Comparator.comparingDouble(Carrier::levelDbm).reversed());
        List<Track> matched = new ArrayList<>();
        for (Carrier carrier : byLevel) {
            Track best = null;
            for (Track track : tracks) {
                double distance = Math.abs(track.meanHz() - carrier.frequencyHz());
                if (distance <= toleranceHz && !matched.contains(track)
                        && (best == null || distance < Math.abs(best.meanHz() - carrier.frequencyHz()))) {
                    best = track;
                }
            }
            if (best == null) {
                best = new Track();
                for (Map.Entry<Range, int[]> seen : coverage.entrySet()) {
                    if (seen.getKey().contains(carrier.frequencyHz())) {
                        for (int h = 0; h < 24; h++) {
                            best.coveredByHour[h] += seen.getValue()[h];
                        }
                        best.covered += sum(seen.getValue());
                    }
                }
                best.covered++;
                best.coveredByHour[hour]++;
                tracks.add(best);
            }
            best.observe(carrier, time, hour);
            matched.add(best);
        }
        coverage.computeIfAbsent(range, r -> new int[25])[hour]++;
    }

    /** Spectra added so far. */
    public int spectra() {
        return spectra;
    }

    /** The tracks, by frequency. */
    public List<CarrierTrack> tracks() {
        List<CarrierTrack> out = new ArrayList<>();
        for (Track track : tracks) {
            out.add(track.snapshot());
        }
        out.sort(Comparator.comparingLong(CarrierTrack::frequencyHz));
        return out;
    }

    private static boolean measures(BinnedSpectrum spectrum, double hz) {
        int bin = spectrum.binOf(hz);
        return bin >= 0 && !Double.isNaN(spectrum.db()[bin]);
    }

    /** UTC hour 0..23, or 24 when the time is unknown (counted in totals only). */
    private static int hourOf(Instant time) {
        return time == null ? 24 : time.atZone(ZoneOffset.UTC).getHour();
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        return total;
    }

    private static final class Track {
        double frequencySum;
        double levelSum;
        double maxLevel = Double.NEGATIVE_INFINITY;
        int present;
        int covered;
        Instant firstSeen;
        Instant lastSeen;
        final int[] presentByHour = new int[25];
        final int[] coveredByHour = new int[25];

        double meanHz() {
            return frequencySum / present;
        }

        void observe(Carrier carrier, Instant time, int hour) {
            frequencySum += carrier.frequencyHz();
            levelSum += carrier.levelDbm();
            maxLevel = Math.max(maxLevel, carrier.levelDbm());
            present++;
            presentByHour[hour]++;
            if (time != null) {
                if (firstSeen == null || time.isBefore(firstSeen)) {
                    firstSeen = time;
                }
                if (lastSeen == null || time.isAfter(lastSeen)) {
                    lastSeen = time;
                }
            }
        }

        CarrierTrack snapshot() {
            long hz = Math.round(meanHz());
            return new CarrierTrack(hz, FmRaster.nearestChannelHz(hz), firstSeen, lastSeen, present, covered, maxLevel,
                    levelSum / present, java.util.Arrays.copyOf(presentByHour, 24),
                    java.util.Arrays.copyOf(coveredByHour, 24));
        }
    }
}
