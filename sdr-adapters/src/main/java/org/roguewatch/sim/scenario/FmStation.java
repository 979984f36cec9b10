package org.roguewatch.sim.scenario;

import java.util.List;

/**
 * An FM broadcast transmitter, licensed or not.
 *
 * @param frequencyHz  the nominal (licensed) carrier frequency
 * @param offsetHz     how far the real carrier sits from it
 * @param erpDbm       effective radiated power (relative to a half-wave dipole), dBm
 * @param piCode       RDS programme identification, or {@code null} when none is sent
 * @param toleranceHz  the frequency tolerance its licence allows
 * @param spuriousHz   where a spurious emission (harmonic, intermodulation product of a cheap transmitter)
 *                     lands, 0 for none
 * @param spuriousDbc  its power relative to the carrier, dB
 */
public record FmStation(String id, String name, long frequencyHz, long offsetHz, double erpDbm, Track track,
                        double heightM, boolean licensed, Integer piCode, long toleranceHz, Schedule schedule,
                        List<String> rogueReasons, long spuriousHz, double spuriousDbc) implements Emitter {
    /** ERP is relative to a half-wave dipole, whose gain over isotropic is 2.15 dB. */
    public static final double DIPOLE_GAIN_DBI = 2.15;

    public FmStation {
        rogueReasons = List.copyOf(rogueReasons);
    }

    public boolean hasSpurious() {
        return spuriousHz != 0;
    }

    @Override
    public Radio radio() {
        return Radio.FM;
    }

    @Override
    public double eirpDbm() {
        return erpDbm + DIPOLE_GAIN_DBI;
    }

    @Override
    public Antenna antenna() {
        return Antenna.omni();
    }

    /** Where the carrier really is: nominal frequency plus offset. */
    public long carrierHz() {
        return frequencyHz + offsetHz;
    }

    @Override
    public String channelKey() {
        return "FM " + carrierHz();
    }

    @Override
    public boolean rogue() {
        return !rogueReasons.isEmpty();
    }

    @Override
    public String site() {
        return id;
    }
}
