package org.roguewatch.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.capture.CaptureFiles;
import org.roguewatch.capture.PacketReader;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.GsmFields;
import org.roguewatch.observe.Radio;
import org.roguewatch.probe.CaptureReplay;
import org.roguewatch.probe.FrameCounters;
import org.roguewatch.probe.GsmtapIngest;
import org.roguewatch.probe.ReplayProgress;
import org.roguewatch.testing.SharedCaptures;

/**
 * A baseline learned from the real Vodafone Germany capture (ARFCN 725, 262-02): the values the
 * decoders read from its frames (checked against tshark by probe-agent's agreement test) end up in
 * the operator's baseline, survive a file round trip, and are what the committed example shows.
 */
class VodafoneCaptureBaselineTest {
    static final Path EXAMPLE = Path.of("..", "config", "baseline-example.txt");
    /** The example's own comment, above what {@link Baseline#toText()} writes. */
    static final String EXAMPLE_PREAMBLE = """
            # Example baseline, learned by BaselineLearner from one real capture: the shared
            # grgsm_vf_arfcn725_bcch_ccch_gsmtap.pcap (Vodafone Germany 262-02, ARFCN 725, one cell, 16 s of
            # BCCH/CCCH). A real baseline is learned from many cells heard over days, so its counts differ
            # and fractions can fall below 1; here every count is 0 or 1. VodafoneCaptureBaselineTest keeps
            # this file identical to what the code writes.
            #
            """;
    /** Set to rewrite {@link #EXAMPLE} from the capture instead of comparing with it. */
    static final String REGENERATE = "roguewatch.regenerate";

    private static List<CellObservation> observations;

    @BeforeAll
    static void ingestCapture() throws IOException {
        Path capture = SharedCaptures.require(SharedCaptures.GSM_VODAFONE_ARFCN725);
        GsmtapIngest ingest = new GsmtapIngest("probe-1", new FrameCounters());
        try (PacketReader reader = CaptureFiles.open(capture, ingest.counters())) {
            CaptureReplay.replay(reader, capture.toString(), ingest, GsmtapHeader.DEFAULT_UDP_PORT, ReplayProgress.NONE);
        }
        observations = ingest.observations();
    }

    static Baseline learned() {
        BaselineLearner learner = new BaselineLearner();
        learner.acceptAll(observations);
        return learner.build();
    }

    private static OperatorBaseline vodafone() {
        return learned().forOperator(Radio.GSM, "262", "02").orElseThrow();
    }

    @Test
    void captureTeachesOneVodafoneCell() {
        BaselineLearner learner = new BaselineLearner();
        learner.acceptAll(observations);
        Baseline baseline = learner.build();
        assertEquals(1, learner.accepted());
        assertEquals(0, learner.ignored());
        assertEquals(1, baseline.operators().size());
        assertEquals(1, vodafone().cells());
        assertTrue(baseline.forOperator(Radio.GSM, "262", "01").isEmpty(), "Telekom was not heard");
        assertTrue(baseline.forOperator(Radio.LTE, "262", "02").isEmpty(), "radios are kept apart");
    }

    @Test
    void vodafoneAlwaysSendsSi2terSi2quaterAndSi13() {
        OperatorBaseline vodafone = vodafone();
        for (String si : List.of(SyntheticCell.SI2TER, SyntheticCell.SI2QUATER, SyntheticCell.SI13, SyntheticCell.SI1,
                SyntheticCell.SI2, SyntheticCell.SI3, SyntheticCell.SI4)) {
            assertEquals(1.0, vodafone.messageFraction(si), si);
            assertTrue(vodafone.alwaysSends(si), si);
        }
        assertEquals(0.0, vodafone.messageFraction("System Information Type 2bis"), "the capture has no SI2bis");
        assertFalse(vodafone.alwaysSends("System Information Type 2bis"));
        assertFalse(vodafone.alwaysSends(SyntheticCell.SI13, 2), "one cell is too few to judge when two are asked");
    }

    @Test
    void vodafoneOffersGprs() {
        OperatorBaseline vodafone = vodafone();
        assertEquals(1, vodafone.gprsCells());
        assertEquals(1.0, vodafone.gprsFraction());
        assertTrue(vodafone.allSendGprs());
    }

    @Test
    void vodafoneParametersAreTheCellsBroadcastValues() {
        OperatorBaseline vodafone = vodafone();
        assertEquals(Set.of(10), vodafone.valuesSeen(GsmFields.T3212));
        assertEquals(Set.of(40), vodafone.valuesSeen(GsmFields.CELL_RESELECT_OFFSET));
        assertEquals(Set.of(9), vodafone.valuesSeen(GsmFields.RXLEV_ACCESS_MIN));
        assertEquals(Set.of(0), vodafone.valuesSeen(GsmFields.MS_TXPWR_MAX_CCH));
        assertEquals(Set.of(3), vodafone.valuesSeen(GsmFields.CELL_RESELECT_HYSTERESIS));
        assertEquals(Set.of(120), vodafone.valuesSeen(GsmFields.NCC_PERMITTED));
        assertEquals(Set.of(false), vodafone.valuesSeen(GsmFields.CELL_BARRED));
        assertEquals(Set.of(2), vodafone.valuesSeen(GsmFields.MAX_RETRANS));
        assertEquals(Set.of(14), vodafone.valuesSeen(GsmFields.TX_INTEGER));
        assertEquals(Set.of(31), vodafone.valuesSeen(GsmFields.PENALTY_TIME));
        assertEquals(1, vodafone.cellsWith(GsmFields.T3212));
        assertTrue(vodafone.seen(GsmFields.RXLEV_ACCESS_MIN, 9));
        assertFalse(vodafone.seen(GsmFields.RXLEV_ACCESS_MIN, 0));
        assertTrue(vodafone.neverSeen(GsmFields.T3212, 0, 1), "an IMSI catcher's T3212 of 0 is unlike Vodafone's");
        assertFalse(vodafone.neverSeen(GsmFields.T3212, 0, 2), "but one cell is too few when two are asked");
    }

    @Test
    void vodafoneListsFiveNeighboursAndNoCipheringWasHeard() {
        OperatorBaseline vodafone = vodafone();
        assertEquals(new IntRange(5, 5, 5.0), vodafone.neighbourCount().orElseThrow());
        assertEquals(1, vodafone.neighbourCells());
        assertEquals(Set.of(), vodafone.cipherAlgorithms(), "BCCH/CCCH only: no Ciphering Mode Command");
        assertEquals(0, vodafone.cellsWith(GsmFields.CIPHER_ALGORITHM));
    }

    @Test
    void learnedBaselineSurvivesSaveAndLoad(@TempDir Path dir) throws IOException {
        Baseline baseline = learned();
        Path file = dir.resolve("baseline.txt");
        baseline.save(file);
        Baseline loaded = Baseline.load(file);
        assertEquals(baseline, loaded);
        assertEquals(baseline.toText(), loaded.toText());
    }

    @Test
    void committedExampleIsWhatTheCaptureTeaches() throws IOException {
        String text = EXAMPLE_PREAMBLE + learned().toText();
        if (Boolean.getBoolean(REGENERATE)) {
            Files.writeString(EXAMPLE, text, StandardCharsets.UTF_8);
        }
        assertEquals(text, Files.readString(EXAMPLE, StandardCharsets.UTF_8),
                "regenerate with: mvn -B -o -pl analyzer -am verify -Dtest=VodafoneCaptureBaselineTest "
                        + "-Dsurefire.failIfNoSpecifiedTests=false -D" + REGENERATE + "=true");
    }
}
