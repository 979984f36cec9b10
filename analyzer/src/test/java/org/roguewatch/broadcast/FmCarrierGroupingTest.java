package org.roguewatch.broadcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.roguewatch.detect.fm.FmCarrier;
import org.roguewatch.detect.fm.FmContext;
import org.roguewatch.detect.fm.FmProbeSite;
import org.roguewatch.locate.PathLossCalibration;
import org.roguewatch.registry.FmLicence;
import org.roguewatch.registry.FmLicences;
import org.roguewatch.spectrumobs.SpectrumEvidence;
import org.roguewatch.spectrumobs.SpectrumObservation;

class FmCarrierGroupingTest {
    private static final FmLicence FAR = new FmLicence(99_200_000, "Far", 53.5, 6.77, 80, 300, null, 2_000, "l.csv:2");
    private static final FmLicence NEAR = new FmLicence(99_200_000, "Near", 51.30, 6.77, 60, 100, null, 2_000, "l.csv:3");
    private static final FmLicence OTHER = new FmLicence(99_300_000, "Other", 51.30, 6.77, 60, 100, null, 2_000,
            "l.csv:4");

    private static SpectrumObservation seen(String probe, long hz, double dbm) {
        SpectrumEvidence where = SpectrumEvidence.sweepLine(probe + ".csv", 1, Instant.EPOCH);
        List<Integer> hours = Collections.nCopies(24, 1);
        return new SpectrumObservation(probe, probe + ".csv", hz, 99_200_000, dbm, dbm, 200_000, 24, 24, Instant.EPOCH,
                Instant.EPOCH, hours, hours, null, where, where, where, null);
    }

    private static FmContext positions(FmLicences licences) {
        return new FmContext(licences, Map.of("a", new FmProbeSite("a", 51.2277, 6.7735, 25),
                "b", new FmProbeSite("b", 51.2377, 6.7735, 25)),
                new PathLossCalibration(FmPathLoss.DEFAULTS, false, List.of(), Map.of(), List.of(), ""), Set.of());
    }

    @Test
    void probesHearingOneStationAreOneCarrierOnTheLicenceThatReachesThem() {
        FmLicences licences = new FmLicences(null, List.of(FAR, NEAR, OTHER), 0, List.of());
        List<FmCarrier> carriers = FmCarrierGrouping.group(List.of(seen("a", 99_200_400, -50),
                seen("b", 99_199_800, -55), seen("a", 99_300_100, -60)), licences, positions(licences));
        assertEquals(2, carriers.size());
        assertEquals(2, carriers.get(0).observations().size());
        assertEquals(NEAR, carriers.get(0).licence(), "of two sites on 99.2 MHz, the one that reaches the probes");
        assertEquals(OTHER, carriers.get(1).licence());
    }

    @Test
    void carrierHalfAChannelFromEveryLicenceHasNoneButKnowsTheNearest() {
        FmLicences licences = new FmLicences(null, List.of(NEAR, OTHER), 0, List.of());
        FmCarrier carrier = FmCarrierGrouping.group(List.of(seen("a", 99_250_000, -50)), licences,
                positions(licences)).get(0);
        assertNull(carrier.licence());
        assertEquals(NEAR, carrier.nearest());
    }
}
