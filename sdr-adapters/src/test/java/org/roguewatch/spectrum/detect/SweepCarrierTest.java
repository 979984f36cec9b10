package org.roguewatch.spectrum.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.spectrum.SpectrumFixtures;
import org.roguewatch.spectrum.SpectrumFixtures.RecordingSink;
import org.roguewatch.spectrum.sweep.Sweep;
import org.roguewatch.spectrum.sweep.SweepAssembler;
import org.roguewatch.spectrum.sweep.SweepReader;

/** Carriers, band energy and occupancy from the hand-built rtl_power and hackrf_sweep fixtures. */
class SweepCarrierTest {
    /** A quarter of rtl_power's 43.4 kHz bins; the centroid interpolates between bins. */
    private static final double RTL_TOLERANCE_HZ = 11_000;
    /** Half of hackrf_sweep's 19.9 kHz bins: its lines are single FFTs, so bins scatter by several dB. */
    private static final double HACKRF_TOLERANCE_HZ = 10_000;

    static List<Sweep> sweeps(String resource) throws IOException {
        List<Sweep> sweeps = new ArrayList<>();
        RecordingSink sink = new RecordingSink();
        SweepAssembler assembler = new SweepAssembler(sweeps::add, sink);
        try (SweepReader reader = SweepReader.open(SpectrumFixtures.path(resource), sink)) {
            reader.forEachRemaining(assembler::accept);
        }
        assembler.flush();
        assertEquals(List.of(), sink.reports());
        return sweeps;
    }

    private static void assertCarriers(List<Long> truth, List<Carrier> carriers, double tolerance, String where) {
        assertEquals(truth.size(), carriers.size(), () -> where + ": " + carriers);
        for (int i = 0; i < truth.size(); i++) {
            double error = carriers.get(i).frequencyHz() - truth.get(i);
            assertTrue(Math.abs(error) <= tolerance, where + ": " + truth.get(i) + " found at "
                    + carriers.get(i).frequencyHz() + " (" + error + " Hz)");
        }
    }

    @Test
    void rtlPowerSweepsShowEachStationOnceAndTheIntermittentOneOnlyWhenOnAir() throws IOException {
        List<Sweep> sweeps = sweeps(SpectrumFixtures.RTL_POWER);
        CarrierDetector detector = new CarrierDetector();
        for (int s = 0; s < sweeps.size(); s++) {
            List<Long> truth = new ArrayList<>(SpectrumFixtures.RTL_POWER_STATIONS);
            if (s >= 2) {
                truth.add(SpectrumFixtures.RTL_POWER_INTERMITTENT);
            }
            truth.add(SpectrumFixtures.RTL_POWER_SPUR);
            if (s == 1) {
                truth.add(SpectrumFixtures.RTL_POWER_AIRBAND);
            }
            truth.sort(null);
            SpectrumDetection detection = detector.detect(sweeps.get(s), new Calibration(-40));
            assertCarriers(truth, detection.carriers(), RTL_TOLERANCE_HZ, "sweep " + (s + 1));
            for (Carrier carrier : detection.carriers()) {
                if (carrier.inFmBand()) {
                    assertEquals(FmRaster.nearestChannelHz(carrier.frequencyHz()), carrier.fmChannelHz());
                    assertTrue(carrier.bandwidthHz() > 150_000 && carrier.bandwidthHz() < 260_000, carrier.toString());
                }
            }
        }
    }

    @Test
    void theOffRasterStationShowsItsFiftyKilohertzOffset() throws IOException {
        Sweep last = sweeps(SpectrumFixtures.RTL_POWER).get(3);
        Carrier offRaster = new CarrierDetector().detect(last, Calibration.NONE).carriers().stream()
                .filter(c -> Math.abs(c.frequencyHz() - SpectrumFixtures.RTL_POWER_INTERMITTENT) < 30_000)
                .findFirst().orElseThrow();
        assertEquals(50_000, Math.abs(offRaster.channelOffsetHz()), RTL_TOLERANCE_HZ, offRaster.toString());
    }

    @Test
    void aeronauticalBandEnergyIsReportedWhenTheSweepCoversIt() throws IOException {
        Sweep first = sweeps(SpectrumFixtures.RTL_POWER).get(0);
        SpectrumDetection detection = new CarrierDetector().detect(first, new Calibration(-40));
        BandEnergy air = detection.bands().stream().filter(b -> b.band().equals(Band.AERONAUTICAL)).findFirst()
                .orElseThrow();
        // the sweep ends at 136.99 MHz: 28.99 of 29 MHz measured
        assertEquals(1.0, air.coveredFraction(), 0.01);
        assertEquals(1, air.carriers(), "the spur");
        assertEquals(SpectrumFixtures.RTL_POWER_SPUR, air.peakHz(), 43_403);
        assertEquals(-28 - 40, air.floorDbm(), 1.5, "the fixture's floor, calibrated");
        assertTrue(air.excessDb() > 0 && air.excessDb() < 1, "one narrow spur barely lifts a 29 MHz band: " + air);
        BandEnergy fm = detection.bands().stream().filter(b -> b.band().equals(Band.FM_BROADCAST)).findFirst()
                .orElseThrow();
        assertEquals(7, fm.carriers());
        assertTrue(fm.excessDb() > air.excessDb() + 5, fm.toString());

        Sweep hackrf = sweeps(SpectrumFixtures.HACKRF_SWEEP).get(0);
        List<BandEnergy> bands = new CarrierDetector().detect(hackrf, Calibration.NONE).bands();
        assertEquals(List.of(Band.FM_BROADCAST), bands.stream().map(BandEnergy::band).toList(),
                "88-108 MHz does not reach the aeronautical band");
    }

    @Test
    void hackrfSweepsShowTheirStationsAtTheRightFrequencies() throws IOException {
        for (Sweep sweep : sweeps(SpectrumFixtures.HACKRF_SWEEP)) {
            assertCarriers(SpectrumFixtures.HACKRF_STATIONS, new CarrierDetector().detect(sweep, Calibration.NONE)
                    .carriers(), HACKRF_TOLERANCE_HZ, sweep.toString());
        }
    }

    @Test
    void occupancyCountsTheSweepsEachCarrierWasIn() throws IOException {
        OccupancyTracker tracker = new OccupancyTracker();
        CarrierDetector detector = new CarrierDetector();
        for (Sweep sweep : sweeps(SpectrumFixtures.RTL_POWER)) {
            tracker.add(sweep, detector.detect(sweep, Calibration.NONE).carriers());
        }
        assertEquals(4, tracker.spectra());
        List<CarrierTrack> tracks = tracker.tracks();
        assertEquals(SpectrumFixtures.RTL_POWER_STATIONS.size() + 3, tracks.size(), tracks::toString);
        for (CarrierTrack track : tracks) {
            long hz = track.frequencyHz();
            if (Math.abs(hz - SpectrumFixtures.RTL_POWER_INTERMITTENT) < RTL_TOLERANCE_HZ) {
                assertEquals(2, track.present());
                assertEquals(4, track.covered(), "the two sweeps before it began count as covered");
                assertEquals(0.5, track.occupancy());
                assertEquals(Instant.parse("2024-05-01T21:30:20Z"), track.firstSeen());
                assertEquals(Instant.parse("2024-05-01T21:30:30Z"), track.lastSeen());
                assertEquals(2, track.presentByHour()[21]);
                assertEquals(4, track.coveredByHour()[21]);
            } else if (Math.abs(hz - SpectrumFixtures.RTL_POWER_AIRBAND) < RTL_TOLERANCE_HZ) {
                assertEquals(0.25, track.occupancy());
                assertEquals(Instant.parse("2024-05-01T21:30:10Z"), track.firstSeen());
            } else {
                assertEquals(1.0, track.occupancy(), track.toString());
                assertEquals(0, track.presentByHour()[20]);
            }
        }
    }
}
