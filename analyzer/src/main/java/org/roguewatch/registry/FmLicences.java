package org.roguewatch.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The licensed FM stations (the regulator's register) with lookups by frequency.
 *
 * @param file        where they were read from (null when built in code)
 * @param licences    by frequency
 * @param skippedRows rows left out under --lenient
 * @param problems    the first problems of those rows, {@code FILE:LINE: field 'x': message}
 */
public record FmLicences(Path file, List<FmLicence> licences, int skippedRows, List<String> problems) {
    public FmLicences {
        List<FmLicence> sorted = new ArrayList<>(licences);
        sorted.sort(Comparator.comparingLong(FmLicence::frequencyHz));
        licences = List.copyOf(sorted);
        problems = List.copyOf(problems);
    }

    public int size() {
        return licences.size();
    }

    /** Licences whose frequency lies within {@code windowHz} of {@code hz}, nearest first. */
    public List<FmLicence> near(long hz, long windowHz) {
        List<FmLicence> out = new ArrayList<>();
        for (FmLicence licence : licences) {
            if (Math.abs(licence.frequencyHz() - hz) <= windowHz) {
                out.add(licence);
            }
        }
        out.sort(Comparator.comparingLong(l -> Math.abs(l.frequencyHz() - hz)));
        return out;
    }

    /** The licence nearest in frequency, or null when there is none. */
    public FmLicence nearest(long hz) {
        FmLicence best = null;
        for (FmLicence licence : licences) {
            if (best == null || Math.abs(licence.frequencyHz() - hz) < Math.abs(best.frequencyHz() - hz)) {
                best = licence;
            }
        }
        return best;
    }
}
