package org.roguewatch.registry;

import java.util.Locale;
import java.util.Objects;

/**
 * One licensed FM broadcast station, as the regulator's register lists it.
 *
 * @param frequencyHz  licensed carrier frequency
 * @param station      station name
 * @param latitude     transmitter site, WGS-84 degrees
 * @param longitude    transmitter site
 * @param erpDbm       licensed effective radiated power (relative to a half-wave dipole), dBm
 * @param heightM      antenna height above ground, metres
 * @param piCode       RDS programme identification (16 bits), or null when the licence names none
 * @param toleranceHz  allowed carrier offset from {@code frequencyHz}
 * @param source       {@code FILE:LINE} the licence was read from
 */
public record FmLicence(long frequencyHz, String station, double latitude, double longitude, double erpDbm,
        double heightM, Integer piCode, long toleranceHz, String source) {
    /** ERP is relative to a half-wave dipole, whose gain over isotropic is 2.15 dB. */
    public static final double DIPOLE_GAIN_DBI = 2.15;

    public FmLicence {
        Objects.requireNonNull(station, "station");
        Objects.requireNonNull(source, "source");
    }

    public double eirpDbm() {
        return erpDbm + DIPOLE_GAIN_DBI;
    }

    /** "D392", or null. */
    public String piHex() {
        return piCode == null ? null : String.format(Locale.ROOT, "%04X", piCode);
    }

    /** "99.2 MHz WDR 2" */
    public String label() {
        return String.format(Locale.ROOT, "%.2f MHz %s", frequencyHz / 1e6, station);
    }
}
