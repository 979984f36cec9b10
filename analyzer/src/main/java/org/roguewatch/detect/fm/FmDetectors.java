package org.roguewatch.detect.fm;

import java.util.List;

/** The FM detectors, in the order of SIGNATURES.md. */
public final class FmDetectors {
    private FmDetectors() {
    }

    public static List<FmDetector> all() {
        return List.of(new UnlicensedCarrier(), new OffFrequency(), new ExcessLevel(), new AviationRisk(),
                new NightOnly(), new RdsMismatch());
    }
}
