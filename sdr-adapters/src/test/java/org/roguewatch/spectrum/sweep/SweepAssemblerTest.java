package org.roguewatch.spectrum.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.spectrum.SpectrumFixtures;
import org.roguewatch.spectrum.SpectrumFixtures.RecordingSink;

class SweepAssemblerTest {

    private static List<SweepRow> rows(String resource) throws IOException {
        List<SweepRow> rows = new ArrayList<>();
        try (SweepReader reader = SweepReader.open(SpectrumFixtures.path(resource), new RecordingSink())) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static List<Sweep> assemble(List<SweepRow> rows) {
        List<Sweep> sweeps = new ArrayList<>();
        SweepAssembler assembler = new SweepAssembler(sweeps::add, new RecordingSink());
        rows.forEach(assembler::accept);
        assembler.flush();
        return sweeps;
    }

    @Test
    void rtlPowerHopsSharingATimeStampFormOneSweepOnOneGrid() throws IOException {
        List<SweepRow> rows = rows(SpectrumFixtures.RTL_POWER);
        List<Sweep> sweeps = assemble(rows);
        assertEquals(4, sweeps.size());
        for (int s = 0; s < 4; s++) {
            Sweep sweep = sweeps.get(s);
            assertEquals(Instant.parse("2024-05-01T21:30:00Z").plusSeconds(10L * s), sweep.time());
            assertEquals(18, sweep.rows());
            assertEquals(87_000_000L, sweep.startHz());
            assertEquals(43402.77, sweep.binHz());
            assertEquals(18 * 64, sweep.bins());
            assertEquals(0, sweep.unmeasuredBins());
            // hop 9's bin 5 lands where its centre is
            SweepRow hop = rows.get(18 * s + 9);
            int bin = sweep.binOf(hop.binCentreHz(5));
            assertEquals(hop.db()[5], sweep.db()[bin], 1e-9);
            assertEquals(hop.binCentreHz(5), sweep.frequencyHz(bin), sweep.binHz() / 2);
        }
    }

    @Test
    void hackrfQuarterBandsOutOfOrderAreSortedByFrequency() throws IOException {
        List<SweepRow> rows = rows(SpectrumFixtures.HACKRF_SWEEP);
        List<Sweep> sweeps = assemble(rows);
        assertEquals(3, sweeps.size());
        Sweep first = sweeps.get(0);
        assertEquals(4, first.rows());
        assertEquals(4 * 251, first.bins());
        assertEquals(0, first.unmeasuredBins());
        assertEquals(Math.round(88_000_000 + 19920.32 / 2), first.startHz());
        assertEquals(Instant.parse("2024-05-01T21:30:00.100000Z"), first.time());
        assertEquals(Instant.parse("2024-05-01T21:30:00.101234Z"), first.lastRowTime());
        // rows arrive 88, 98, 93, 103 MHz; on the grid they follow each other
        assertEquals(rows.get(2).db()[0], first.db()[251], 1e-9, "93 MHz row first bin");
        assertEquals(rows.get(1).db()[0], first.db()[502], 1e-9, "98 MHz row first bin");
        assertEquals(rows.get(3).db()[250], first.db()[1003], 1e-9, "103 MHz row last bin");
    }

    @Test
    void aSweepIsEmittedAsSoonAsItHoldsTheRowsOfThePreviousOne() throws IOException {
        List<SweepRow> rows = rows(SpectrumFixtures.HACKRF_SWEEP);
        List<Sweep> sweeps = new ArrayList<>();
        SweepAssembler assembler = new SweepAssembler(sweeps::add, new RecordingSink());
        for (int i = 0; i < 8; i++) {
            assembler.accept(rows.get(i));
        }
        assertEquals(2, sweeps.size(), "the second pass is complete without waiting for the third");
    }

    @Test
    void aSweepThatLostItsLastHopDoesNotCutTheNextOneShort() throws IOException {
        List<SweepRow> rows = new ArrayList<>(rows(SpectrumFixtures.RTL_POWER).subList(0, 54));
        rows.remove(35);
        List<Sweep> sweeps = assemble(rows);
        assertEquals(List.of(18, 17, 18), sweeps.stream().map(Sweep::rows).toList());
    }

    @Test
    void aMissingHopLeavesAGapOfUnmeasuredBins() throws IOException {
        List<SweepRow> rows = new ArrayList<>(rows(SpectrumFixtures.RTL_POWER).subList(0, 18));
        rows.remove(7);
        Sweep sweep = assemble(rows).get(0);
        assertEquals(17, sweep.rows());
        assertEquals(18 * 64, sweep.bins());
        assertEquals(64, sweep.unmeasuredBins());
        assertTrue(Double.isNaN(sweep.db()[7 * 64 + 10]));
        assertTrue(Double.isFinite(sweep.db()[6 * 64 + 63]));
    }

    @Test
    void binsOfSlightlyOverlappingRowsAreAveragedAsPower() {
        Instant t = Instant.parse("2024-05-01T00:00:00Z");
        FrameRef ref = new FrameRef("t", 1, t);
        // 10 bins of 100 Hz from 0 and from 800 Hz: two bins (800, 900) overlap
        SweepRow a = new SweepRow(t, 0, 1000, 100, 1, filled(10, 0.0), ref, SweepTool.RTL_POWER);
        SweepRow b = new SweepRow(t, 800, 1800, 100, 1, filled(10, 10.0), ref, SweepTool.RTL_POWER);
        Sweep sweep = assemble(List.of(a, b)).get(0);
        assertEquals(18, sweep.bins());
        assertEquals(0.0, sweep.db()[7], 1e-12);
        assertEquals(10 * Math.log10((1 + 10) / 2.0), sweep.db()[8], 1e-9);
        assertEquals(10.0, sweep.db()[10], 1e-12);
    }

    @Test
    void aRowCoveringMostOfAnotherBeginsTheNextPass() {
        Instant t = Instant.parse("2024-05-01T00:00:00Z");
        FrameRef ref = new FrameRef("t", 1, t);
        SweepRow a = new SweepRow(t, 0, 1000, 100, 1, filled(10, 0.0), ref, SweepTool.HACKRF_SWEEP);
        SweepRow b = new SweepRow(t.plusMillis(5), 300, 1300, 100, 1, filled(10, 0.0), ref, SweepTool.HACKRF_SWEEP);
        assertEquals(2, assemble(List.of(a, b)).size());
    }

    @Test
    void aRowThatWouldStretchTheGridTooFarIsReportedAndLeftOut() {
        Instant t = Instant.parse("2024-05-01T00:00:00Z");
        FrameRef ref = new FrameRef("t", 1, t);
        SweepRow a = new SweepRow(t, 0, 1000, 100, 1, filled(10, 0.0), ref, SweepTool.RTL_POWER);
        SweepRow far = new SweepRow(t, 900_000_000, 900_001_000, 100, 1, filled(10, 0.0),
                new FrameRef("t", 2, t), SweepTool.RTL_POWER);
        RecordingSink sink = new RecordingSink();
        List<Sweep> sweeps = new ArrayList<>();
        SweepAssembler assembler = new SweepAssembler(sweeps::add, sink, Duration.ofMinutes(1), 1 << 20);
        assembler.accept(a);
        assembler.accept(far);
        assembler.flush();
        assertEquals(1, sweeps.size());
        assertEquals(10, sweeps.get(0).bins());
        assertEquals(1, sink.count("sweep.span-too-wide"));
        assertEquals(2, sink.reports().get(0).where().frame());
    }

    private static double[] filled(int n, double value) {
        double[] values = new double[n];
        java.util.Arrays.fill(values, value);
        return values;
    }
}
