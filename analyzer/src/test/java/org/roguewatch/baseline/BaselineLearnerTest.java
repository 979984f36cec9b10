package org.roguewatch.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.roguewatch.observe.ArfcnList;
import org.roguewatch.observe.GsmFields;
import org.roguewatch.observe.Radio;

/** What the learner makes of hand-built observations: fractions, value sets, merging, operators, thresholds. */
class BaselineLearnerTest {

    private static Baseline learn(SyntheticCell... cells) {
        BaselineLearner learner = new BaselineLearner();
        int arfcn = 1;
        for (SyntheticCell cell : cells) {
            assertTrue(learner.accept(cell.observe("probe-1", arfcn++)));
        }
        return learner.build();
    }

    private static OperatorBaseline only(Baseline baseline, String mcc, String mnc) {
        return baseline.forOperator(Radio.GSM, mcc, mnc).orElseThrow();
    }

    @Test
    void messageFractionCountsCellsNotMessages() {
        Baseline baseline = learn(
                SyntheticCell.planned("262", "02", 1).sent(SyntheticCell.SI13, SyntheticCell.SI13, SyntheticCell.SI13),
                SyntheticCell.planned("262", "02", 2),
                SyntheticCell.planned("262", "02", 3).notSent(SyntheticCell.SI2QUATER),
                SyntheticCell.planned("262", "02", 4).notSent(SyntheticCell.SI2QUATER).notSent(SyntheticCell.SI2TER));
        OperatorBaseline op = only(baseline, "262", "02");
        assertEquals(4, op.cells());
        assertEquals(1.0, op.messageFraction(SyntheticCell.SI13), "four SI13 from one cell still count once");
        assertEquals(0.5, op.messageFraction(SyntheticCell.SI2QUATER));
        assertEquals(0.75, op.messageFraction(SyntheticCell.SI2TER));
        assertEquals(0.0, op.messageFraction("System Information Type 9"));
        assertEquals(2, op.messageCells().get(SyntheticCell.SI2QUATER));
        assertTrue(op.alwaysSends(SyntheticCell.SI13));
        assertFalse(op.alwaysSends(SyntheticCell.SI2TER));
        assertTrue(op.alwaysSends(SyntheticCell.SI2TER, 0.75, 1), "three of four meets a 0.75 threshold");
        assertFalse(op.alwaysSends(SyntheticCell.SI2QUATER, 0.75, 1));
    }

    @Test
    void defaultThresholdToleratesOneMissInTwenty() {
        SyntheticCell[] cells = new SyntheticCell[20];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = SyntheticCell.planned("262", "02", i + 1);
        }
        cells[7].notSent(SyntheticCell.SI2QUATER);
        OperatorBaseline twenty = only(learn(cells), "262", "02");
        assertEquals(0.95, twenty.messageFraction(SyntheticCell.SI2QUATER), 1e-12);
        assertTrue(twenty.alwaysSends(SyntheticCell.SI2QUATER), "19 of 20 is 'always' within the default tolerance");
        assertFalse(twenty.alwaysSends(SyntheticCell.SI2QUATER, 1.0, 1), "but not when every cell is demanded");
        cells[8].notSent(SyntheticCell.SI2QUATER);
        assertFalse(only(learn(cells), "262", "02").alwaysSends(SyntheticCell.SI2QUATER), "18 of 20 is not");
    }

    @Test
    void minimumCellsRefusesToJudgeFromTooFew() {
        OperatorBaseline two = only(learn(SyntheticCell.planned("262", "02", 1), SyntheticCell.planned("262", "02", 2)),
                "262", "02");
        assertTrue(two.alwaysSends(SyntheticCell.SI13, 2));
        assertFalse(two.alwaysSends(SyntheticCell.SI13, 3));
        assertTrue(two.allSendGprs(2));
        assertFalse(two.allSendGprs(3));
        assertTrue(two.neverSeen(GsmFields.RXLEV_ACCESS_MIN, 0, 2));
        assertFalse(two.neverSeen(GsmFields.RXLEV_ACCESS_MIN, 0, 3));
        assertFalse(two.neverSeen(GsmFields.RXLEV_ACCESS_MIN, 9, 1), "9 was seen");
        assertTrue(two.neighbourCount(2).isPresent());
        assertTrue(two.neighbourCount(3).isEmpty());
    }

    @Test
    void parameterValuesAreCountedPerCell() {
        Baseline baseline = learn(
                SyntheticCell.planned("262", "02", 1),
                SyntheticCell.planned("262", "02", 2).with(GsmFields.RXLEV_ACCESS_MIN, 12),
                SyntheticCell.planned("262", "02", 3).with(GsmFields.CELL_BARRED, true),
                SyntheticCell.planned("262", "02", 4).without(GsmFields.T3212));
        OperatorBaseline op = only(baseline, "262", "02");
        assertEquals(Set.of(9, 12), op.valuesSeen(GsmFields.RXLEV_ACCESS_MIN));
        assertEquals(List.of(9, 12), List.copyOf(op.valuesSeen(GsmFields.RXLEV_ACCESS_MIN)), "ascending");
        assertEquals(Map.of(9, 4, 12, 1), op.tally(GsmFields.RXLEV_ACCESS_MIN).cellsByValue(),
                "cell 2 moved from 9 to 12 and counts under both");
        assertEquals(4, op.cellsWith(GsmFields.RXLEV_ACCESS_MIN));
        assertEquals(0.25, op.valueFraction(GsmFields.RXLEV_ACCESS_MIN, 12));
        assertEquals(Set.of(false, true), op.valuesSeen(GsmFields.CELL_BARRED));
        assertTrue(op.seen(GsmFields.CELL_BARRED, true));
        assertEquals(3, op.cellsWith(GsmFields.T3212), "a cell whose SI3 timer was not heard does not count");
        assertEquals(Set.of(10), op.valuesSeen(GsmFields.T3212));
    }

    @Test
    void untrackedFieldOrWrongValueTypeIsAProgrammingError() {
        OperatorBaseline op = only(learn(SyntheticCell.planned("262", "02", 1)), "262", "02");
        assertThrows(IllegalArgumentException.class, () -> op.valuesSeen(GsmFields.LAC));
        assertThrows(IllegalArgumentException.class, () -> op.seen(GsmFields.T3212, "10"));
        assertThrows(IllegalArgumentException.class, () -> op.seen(GsmFields.NECI, 0));
        assertThrows(IllegalArgumentException.class, () -> op.alwaysSends(SyntheticCell.SI13, 0.0, 1));
    }

    @Test
    void neighbourCountsGiveMinMaxAndMean() {
        Baseline baseline = learn(
                SyntheticCell.planned("262", "02", 1),
                SyntheticCell.planned("262", "02", 2).without(GsmFields.NEIGHBOURS)
                        .with(GsmFields.NEIGHBOURS, ArfcnList.of(1, 2, 3, 4, 5, 6, 7, 8)),
                SyntheticCell.planned("262", "02", 3).without(GsmFields.NEIGHBOURS)
                        .with(GsmFields.NEIGHBOURS, ArfcnList.of(10, 20)),
                SyntheticCell.planned("262", "02", 4).without(GsmFields.NEIGHBOURS));
        OperatorBaseline op = only(baseline, "262", "02");
        assertEquals(3, op.neighbourCells(), "the cell whose SI2 was not heard does not count");
        assertEquals(new IntRange(2, 8, 5.0), op.neighbourCount().orElseThrow());
        assertTrue(op.neighbourCount().orElseThrow().contains(5));
        assertFalse(op.neighbourCount().orElseThrow().contains(0), "an empty BA list is outside the plan");
    }

    @Test
    void gprsComesFromTheIndicatorOrSi13() {
        Baseline baseline = learn(
                SyntheticCell.planned("262", "02", 1),
                SyntheticCell.planned("262", "02", 2).without(GsmFields.GPRS_INDICATOR),
                SyntheticCell.planned("262", "02", 3).notSent(SyntheticCell.SI13),
                SyntheticCell.planned("262", "02", 4).notSent(SyntheticCell.SI13).without(GsmFields.GPRS_INDICATOR)
                        .with(GsmFields.GPRS_INDICATOR, false),
                SyntheticCell.gsm("262", "02", 318, 5));
        OperatorBaseline op = only(baseline, "262", "02");
        assertEquals(5, op.cells());
        assertEquals(4, op.gprsCells(), "cell 5 sent only SI3 without rest octets' GPRS state");
        assertEquals(0.75, op.gprsFraction(), "cell 4 had the indicator off and no SI13");
        assertFalse(op.allSendGprs());
        assertTrue(op.allSendGprs(0.75, 4));
        assertEquals(Map.of(false, 1, true, 3), op.gprsTally().cellsByValue());
    }

    @Test
    void noGprsStateHeardMeansNoJudgement() {
        OperatorBaseline op = only(learn(SyntheticCell.gsm("262", "02", 318, 5)), "262", "02");
        assertEquals(0, op.gprsCells());
        assertTrue(Double.isNaN(op.gprsFraction()));
        assertFalse(op.allSendGprs());
        assertTrue(op.neighbourCount().isEmpty());
        assertTrue(Double.isNaN(op.valueFraction(GsmFields.T3212, 10)));
        assertFalse(op.neverSeen(GsmFields.T3212, 0, 0), "nothing heard is never grounds for 'unlike'");
    }

    @Test
    void cipherAlgorithmsAreCollected() {
        Baseline baseline = learn(
                SyntheticCell.planned("262", "02", 1).with(GsmFields.CIPHER_ALGORITHM, 1, 3),
                SyntheticCell.planned("262", "02", 2).with(GsmFields.CIPHER_ALGORITHM, 3),
                SyntheticCell.planned("262", "02", 3));
        OperatorBaseline op = only(baseline, "262", "02");
        assertEquals(Set.of(1, 3), op.cipherAlgorithms());
        assertEquals(2, op.cellsWith(GsmFields.CIPHER_ALGORITHM));
        assertEquals(Map.of(1, 1, 3, 2), op.tally(GsmFields.CIPHER_ALGORITHM).cellsByValue());
        assertTrue(op.neverSeen(GsmFields.CIPHER_ALGORITHM, 0, 2), "A5/0 was never commanded");
    }

    @Test
    void operatorsAndRadiosAreKeptApart() {
        Baseline baseline = learn(
                SyntheticCell.planned("262", "02", 1),
                SyntheticCell.planned("262", "02", 2),
                SyntheticCell.planned("262", "01", 1).with(GsmFields.T3212, 20).notSent(SyntheticCell.SI2QUATER),
                SyntheticCell.planned("262", "002", 1).with(GsmFields.T3212, 30));
        assertEquals(List.of("262-002", "262-01", "262-02"),
                baseline.operators().stream().map(OperatorBaseline::plmn).toList(), "a 3-digit MNC is another operator");
        OperatorBaseline vodafone = only(baseline, "262", "02");
        OperatorBaseline telekom = only(baseline, "262", "01");
        assertEquals(2, vodafone.cells());
        assertEquals(1, telekom.cells());
        assertEquals(Set.of(10), vodafone.valuesSeen(GsmFields.T3212));
        assertEquals(Set.of(10, 20), telekom.valuesSeen(GsmFields.T3212));
        assertTrue(vodafone.alwaysSends(SyntheticCell.SI2QUATER));
        assertFalse(telekom.alwaysSends(SyntheticCell.SI2QUATER));
        assertTrue(baseline.forOperator(Radio.LTE, "262", "02").isEmpty());
        assertTrue(baseline.forOperator(Radio.GSM, "262", "03").isEmpty());
    }

    @Test
    void sameCellFromTwoProbesIsOneCellWithWhatEitherHeard() {
        BaselineLearner learner = new BaselineLearner();
        learner.accept(SyntheticCell.planned("262", "02", 1).notSent(SyntheticCell.SI2QUATER).observe("probe-1", 725));
        learner.accept(SyntheticCell.planned("262", "02", 1).notSent(SyntheticCell.SI13).observe("probe-2", 725));
        learner.accept(SyntheticCell.planned("262", "02", 2).observe("probe-2", 730));
        OperatorBaseline op = only(learner.build(), "262", "02");
        assertEquals(3, learner.accepted());
        assertEquals(2, learner.cells());
        assertEquals(2, op.cells());
        assertEquals(1.0, op.messageFraction(SyntheticCell.SI2QUATER), "probe 2 heard SI2quater on cell 1");
        assertEquals(1.0, op.messageFraction(SyntheticCell.SI13), "probe 1 heard SI13 on cell 1");
    }

    @Test
    void cellsWithoutMccOrMncAreIgnoredAndCounted() {
        BaselineLearner learner = new BaselineLearner();
        assertFalse(learner.accept(SyntheticCell.anonymous().observe("probe-1", 1)));
        assertFalse(learner.accept(SyntheticCell.anonymous().with(GsmFields.MCC, "262").observe("probe-1", 2)),
                "an MCC without MNC names no operator");
        assertTrue(learner.accept(SyntheticCell.planned("262", "02", 1).observe("probe-1", 3)));
        assertEquals(2, learner.ignored());
        assertEquals(1, learner.accepted());
        assertEquals(1, learner.build().operators().size());
    }

    @Test
    void learningNothingGivesAnEmptyBaseline() {
        BaselineLearner learner = new BaselineLearner();
        learner.accept(SyntheticCell.anonymous().observe("probe-1", 1));
        Baseline baseline = learner.build();
        assertTrue(baseline.isEmpty());
        assertEquals(List.of(), baseline.operators());
        assertTrue(baseline.forOperator(Radio.GSM, "262", "02").isEmpty());
        assertEquals(Baseline.empty(), baseline);
    }

    @Test
    void buildIsASnapshotThatLaterLearningDoesNotChange() {
        BaselineLearner learner = new BaselineLearner();
        learner.accept(SyntheticCell.planned("262", "02", 1).observe("probe-1", 1));
        Baseline first = learner.build();
        learner.accept(SyntheticCell.planned("262", "02", 2).observe("probe-1", 2));
        assertEquals(1, only(first, "262", "02").cells());
        assertEquals(2, only(learner.build(), "262", "02").cells());
    }
}
