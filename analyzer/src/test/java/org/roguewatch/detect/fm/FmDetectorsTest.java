package org.roguewatch.detect.fm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.roguewatch.locate.PathLossCalibration;
import org.roguewatch.locate.PathLossModel;
import org.roguewatch.registry.FmLicence;
import org.roguewatch.registry.FmLicences;
import org.roguewatch.registry.Severity;
import org.roguewatch.spectrumobs.BandExcess;
import org.roguewatch.spectrumobs.SpectrumEvidence;
import org.roguewatch.spectrumobs.SpectrumObservation;


/** Each FM detector on hand-built carriers: what it flags, what it leaves alone, and the evidence it gives. */
class FmDetectorsTest {
    private static final PathLossModel MODEL = new PathLossModel(69, 3.0, 100, 6);
    /** A licensed station 10 km north of the probes. */
    private static final FmLicence LOCAL = new FmLicence(99_200_000, "Local FM", 51.3177, 6.7735, 70, 150, 0xD392,
            2_000, "licences.csv:3");
    /** The same frequency licensed 300 km away. */
    private static final FmLicence DISTANT = new FmLicence(95_000_000, "Far FM", 53.9, 6.7735, 50, 50, null, 2_000,
            "licences.csv:4");
    private static final Map<String, FmProbeSite> SITES = Map.of(
            "a", new FmProbeSite("a", 51.2277, 6.7735, 25), "b", new FmProbeSite("b", 51.2377, 6.7735, 25),
            "c", new FmProbeSite("c", 51.2277, 6.7900, 25));

    private static FmContext context(Set<Long> aeroSources) {
        return new FmContext(new FmLicences(null, List.of(LOCAL, DISTANT), 0, List.of()), SITES,
                new PathLossCalibration(MODEL, true, List.of(), Map.of(), List.of(), "test"), aeroSources);
    }

    private static SpectrumObservation seen(String probe, long hz, double levelDbm, BandExcess aero, int[] byHour,
            int[] coveredByHour) {
        SpectrumEvidence where = SpectrumEvidence.sweepLine(probe + "-sweep.csv", 26, Instant.parse("2026-11-24T21:00:00Z"));
        List<Integer> present = new ArrayList<>();
        List<Integer> covered = new ArrayList<>();
        int p = 0;
        int c = 0;
        for (int h = 0; h < 24; h++) {
            present.add(byHour[h]);
            covered.add(coveredByHour[h]);
            p += byHour[h];
            c += coveredByHour[h];
        }
        return new SpectrumObservation(probe, probe + "-sweep.csv", hz, Math.round(hz / 100_000.0) * 100_000, levelDbm,
                levelDbm + 1, 200_000, p, c, where.time(), where.time(), present, covered, aero, where, where, where, null);
    }

    private static SpectrumObservation seen(String probe, long hz, double levelDbm) {
        int[] always = new int[24];
        Arrays.fill(always, 1);
        return seen(probe, hz, levelDbm, null, always, always);
    }

    private static FmCarrier carrier(long hz, FmLicence licence, SpectrumObservation... observations) {
        return new FmCarrier(hz, Math.round(hz / 100_000.0) * 100_000, List.of(observations), licence, licence);
    }

    private static double predicted(FmLicence licence, String probe) {
        return context(Set.of()).predictedDbm(licence, probe);
    }

    @Test
    void licensedStationAtItsPredictedLevelIsFlaggedByNothing() {
        FmCarrier station = carrier(99_200_400, LOCAL, seen("a", 99_200_400, predicted(LOCAL, "a") + 3),
                seen("b", 99_200_300, predicted(LOCAL, "b") - 4), seen("c", 99_200_500, predicted(LOCAL, "c") + 1));
        for (FmDetector detector : FmDetectors.all()) {
            assertEquals(List.of(), detector.findings(station, context(Set.of())), detector.id());
        }
    }

    @Test
    void carrierWithoutLicenceIsUnlicensedAndNamesTheNearestLicence() {
        FmCarrier pirate = new FmCarrier(99_250_000, 99_300_000, List.of(seen("a", 99_250_000, -50)), null, LOCAL);
        List<FmFinding> findings = new UnlicensedCarrier().findings(pirate, context(Set.of()));
        assertEquals(1, findings.size());
        assertEquals("a licensed frequency; nearest 99.20 MHz Local FM, -50.0 kHz away",
                findings.get(0).evidence().get(0).expected());
        assertEquals(26L, findings.get(0).evidence().get(0).frame(), "the sweep's line");
    }

    @Test
    void licensedChannelHeardWhereItsDistantTransmitterCannotReachIsUnlicensed() {
        FmCarrier reuse = carrier(95_000_000, DISTANT, seen("a", 95_000_000, -45), seen("b", 95_000_100, -50));
        assertTrue(predicted(DISTANT, "a") < FmContext.RECEIVABLE_DBM);
        List<FmFinding> findings = new UnlicensedCarrier().findings(reuse, context(Set.of()));
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).evidence().get(0).expected().toString().contains("not receivable here"),
                findings.get(0).evidence().toString());
        assertEquals(List.of(), new ExcessLevel().findings(reuse, context(Set.of())),
                "a transmitter that cannot reach is not one running too loud");
    }

    @Test
    void offsetBeyondToleranceIsOffFrequencyAndWithinItIsNot() {
        FmCarrier drifted = carrier(99_203_500, LOCAL, seen("a", 99_203_500, predicted(LOCAL, "a")));
        List<FmFinding> findings = new OffFrequency().findings(drifted, context(Set.of()));
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).summary().contains("+3500 Hz off its licensed frequency (tolerance ±2000 Hz)"),
                findings.get(0).summary());
        assertEquals(List.of(), new OffFrequency().findings(carrier(99_201_900, LOCAL,
                seen("a", 99_201_900, predicted(LOCAL, "a"))), context(Set.of())));
        FmCarrier disputed = carrier(99_202_500, LOCAL, seen("a", 99_199_000, predicted(LOCAL, "a")),
                seen("b", 99_206_000, predicted(LOCAL, "b")));
        assertEquals(List.of(), new OffFrequency().findings(disputed, context(Set.of())),
                "2.5 kHz off by the mean, but the two probes disagree by 7 kHz");
    }

    @Test
    void levelFarAbovePredictionAtMostProbesIsExcessButOneLuckyProbeIsNot() {
        FmCarrier loud = carrier(99_200_000, LOCAL, seen("a", 99_200_000, predicted(LOCAL, "a") + 25),
                seen("b", 99_200_000, predicted(LOCAL, "b") + 24), seen("c", 99_200_000, predicted(LOCAL, "c") + 2));
        List<FmFinding> findings = new ExcessLevel().findings(loud, context(Set.of()));
        assertEquals(1, findings.size());
        assertEquals(3, findings.get(0).evidence().size(), "each probe's level against its prediction");
        FmCarrier lucky = carrier(99_200_000, LOCAL, seen("a", 99_200_000, predicted(LOCAL, "a") + 25),
                seen("b", 99_200_000, predicted(LOCAL, "b")), seen("c", 99_200_000, predicted(LOCAL, "c") - 3));
        assertEquals(List.of(), new ExcessLevel().findings(lucky, context(Set.of())));
    }

    @Test
    void unlicensedCarrierNearTheTopOrCarryingTheSpurIsAnAviationRisk() {
        FmCarrier top = new FmCarrier(107_900_000, 107_900_000, List.of(seen("a", 107_900_000, -50)), null, LOCAL);
        assertEquals(1, new AviationRisk().findings(top, context(Set.of())).size());
        FmCarrier low = new FmCarrier(90_400_000, 90_400_000, List.of(seen("a", 90_400_000, -50)), null, LOCAL);
        assertEquals(List.of(), new AviationRisk().findings(low, context(Set.of())));
        BandExcess spur = new BandExcess("aeronautical", 0.3, 118_500_000, -80, -100, 1,
                SpectrumEvidence.sweepLine("a-sweep.csv", 40, null));
        int[] always = new int[24];
        Arrays.fill(always, 1);
        FmCarrier spurious = new FmCarrier(90_400_000, 90_400_000,
                List.of(seen("a", 90_400_000, -50, spur, always, always)), null, LOCAL);
        List<FmFinding> findings = new AviationRisk().findings(spurious, context(Set.of(90_400_000L)));
        assertEquals(1, findings.size());
        assertEquals("aeronautical.peakDbm", findings.get(0).evidence().get(0).field());
        assertEquals(40L, findings.get(0).evidence().get(0).frame());
    }

    @Test
    void spurIsAttributedToTheCarrierWhoseLevelsItFollows() {
        double[] sourceLevels = {-45, -60, -52};
        double[] otherLevels = {-58, -44, -61};
        String[] probes = {"a", "b", "c"};
        int[] always = new int[24];
        Arrays.fill(always, 1);
        List<SpectrumObservation> source = new ArrayList<>();
        List<SpectrumObservation> other = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            BandExcess spur = new BandExcess("aeronautical", 0.5, 118_500_000, sourceLevels[i] - 20, -100, 1,
                    SpectrumEvidence.sweepLine(probes[i] + "-sweep.csv", 40, null));
            source.add(seen(probes[i], 96_150_000, sourceLevels[i], spur, always, always));
            other.add(seen(probes[i], 107_900_000, otherLevels[i], spur, always, always));
        }
        List<FmCarrier> carriers = List.of(new FmCarrier(96_150_000, 96_200_000, source, null, LOCAL),
                new FmCarrier(107_900_000, 107_900_000, other, null, LOCAL));
        assertEquals(Set.of(96_150_000L), AeroAttribution.sources(carriers),
                "the level pattern decides, not the nearness to 108 MHz");
    }

    @Test
    void carrierOnlyAtNightIsReportedAsInfoAndOneAroundTheClockIsNot() {
        int[] night = new int[24];
        int[] covered = new int[24];
        for (int h = 0; h < 24; h++) {
            covered[h] = 6;
            night[h] = h >= 21 || h < 6 ? 6 : 0;
        }
        FmCarrier timer = new FmCarrier(88_800_000, 88_800_000,
                List.of(seen("a", 88_800_000, -50, null, night, covered)), null, LOCAL);
        List<FmFinding> findings = new NightOnly().findings(timer, context(Set.of()));
        assertEquals(1, findings.size());
        assertEquals(Severity.INFO, findings.get(0).severity());
        assertEquals(0.0, findings.get(0).weight());
        assertEquals(List.of(), new NightOnly().findings(carrier(99_200_000, LOCAL, seen("a", 99_200_000, -50)),
                context(Set.of())));
    }
}
