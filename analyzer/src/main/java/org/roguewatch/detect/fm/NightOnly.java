package org.roguewatch.detect.fm;

import java.util.List;
import java.util.Locale;
import org.roguewatch.registry.Severity;
import org.roguewatch.spectrumobs.SpectrumObservation;

/**
 * FM-NIGHT-ONLY: a carrier on the air at night and off by day, as pirates on timers run (the
 * Jiayuguan case: 20:30–07:30). Evidence for an investigator, not a trigger, hence Info. Needs
 * spectra by day and by night: a recording of one hour says nothing either way.
 */
public final class NightOnly extends FmSignature {
    /** UTC hours counted as night: 20:00 to 06:59. */
    static final int NIGHT_FROM = 20;
    static final int NIGHT_TO = 7;
    /** Spectra needed by day and by night before the pattern means anything. */
    static final int MIN_COVERED = 3;

    public NightOnly() {
        super("FM-NIGHT-ONLY", 1, Severity.INFO,
                "carrier present on a timer pattern (only at night): evidence, not a trigger",
                "Jiayuguan case (20:30-07:30 timer)");
    }

    @Override
    public List<FmFinding> findings(FmCarrier carrier, FmContext context) {
        SpectrumObservation seen = carrier.strongest();
        int nightPresent = 0;
        int nightCovered = 0;
        int dayPresent = 0;
        int dayCovered = 0;
        for (int hour = 0; hour < 24; hour++) {
            boolean night = hour >= NIGHT_FROM || hour < NIGHT_TO;
            if (night) {
                nightPresent += seen.presentByHour().get(hour);
                nightCovered += seen.coveredByHour().get(hour);
            } else {
                dayPresent += seen.presentByHour().get(hour);
                dayCovered += seen.coveredByHour().get(hour);
            }
        }
        if (nightCovered < MIN_COVERED || dayCovered < MIN_COVERED) {
            return List.of();
        }
        double night = (double) nightPresent / nightCovered;
        double day = (double) dayPresent / dayCovered;
        if (night < 0.5 || day > 0.1) {
            return List.of();
        }
        String value = String.format(Locale.ROOT, "present in %d/%d night and %d/%d day spectra", nightPresent,
                nightCovered, dayPresent, dayCovered);
        return finding(carrier, String.format(Locale.ROOT, "%s on the air at night only (%02d:00-%02d:00 UTC), from"
                + " %s to %s", carrier.label(), NIGHT_FROM, NIGHT_TO, seen.firstSeen(), seen.lastSeen()),
                List.of(FmDetector.evidence(seen, seen.first(), "occupancyByHour", value,
                        "a station on the air around the clock")));
    }
}
