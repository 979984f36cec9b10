package org.roguewatch.spectrum.detect;

import java.util.Objects;

/**
 * A named frequency band, edges in Hz, lower inclusive.
 *
 * @param name short stable name used in reports
 */
public record Band(String name, long lowHz, long highHz) {
    /** VHF FM broadcasting, ITU Region 1 and China (GB/T: 87–108 MHz; the 100 kHz raster starts at 87.5). */
    public static final Band FM_BROADCAST = new Band("fm-broadcast", 87_500_000, 108_000_000);
    /** Aeronautical radionavigation (ILS localizer, VOR: 108–117.975 MHz) and mobile (voice: 117.975–137 MHz). */
    public static final Band AERONAUTICAL = new Band("aeronautical", 108_000_000, 137_000_000);

    public Band {
        Objects.requireNonNull(name, "name");
        if (highHz <= lowHz) {
            throw new IllegalArgumentException("band " + name + ": high " + highHz + " not above low " + lowHz);
        }
    }

    public boolean contains(double hz) {
        return hz >= lowHz && hz < highHz;
    }

    public long widthHz() {
        return highHz - lowHz;
    }
}
